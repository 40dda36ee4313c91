import {
  CLIENT_FIELDS,
  VISIT_FIELDS,
  findHeader,
  mapHeaders,
  normalizeHeader,
  type FieldSchema,
} from ".";

describe("normalizeHeader", () => {
  it.each([
    ["Ｃｌｉｅｎｔ　Ｎａｍｅ", "clientname"],
    ["Visit_Date", "visitdate"],
    [" 拜访日期: ", "拜访日期"],
    ["客户名称(全称)", "客户名称全称"],
    ["Revenue (¥)", "revenue"],
  ])("reduces %p to %p", (raw, key) => expect(normalizeHeader(raw)).toBe(key));
});

describe("mapHeaders on client lists", () => {
  it("maps a Simplified Chinese client list, leaving the user's own columns unmatched", () => {
    const headers = [
      "序号",
      "客户名称",
      "客户等级",
      "销售额",
      "区域",
      "联系人",
      "角色",
      "关系",
      "最后拜访",
      "业务员",
      "我的备注",
    ];
    const m = mapHeaders(headers, CLIENT_FIELDS);
    expect(m.columns).toEqual({
      client: 1,
      tier: 2,
      value: 3,
      region: 4,
      contact: 5,
      role: 6,
      relationship: 7,
      lastVisit: 8,
      rep: 9,
    });
    expect(m.unmatched).toEqual([0, 10]);
    expect(m.missing).toEqual([]);
  });

  it("maps a Traditional Chinese list written with full-width characters", () => {
    const m = mapHeaders(
      ["客戶名稱", "客戶等級", "銷售額", "聯絡人", "關係級別", "接觸深度", "實施階段"],
      CLIENT_FIELDS
    );
    expect(m.columns).toEqual({
      client: 0,
      tier: 1,
      value: 2,
      contact: 3,
      relationship: 4,
      depth: 5,
      stage: 6,
    });
  });

  it("maps an English list in any case and spacing", () => {
    const m = mapHeaders(
      [
        "Customer",
        "TIER",
        "Sales",
        "Potential",
        "Region",
        "Contact",
        "Buyer role",
        "Relationship",
        "Last Visit",
        "Owner",
      ],
      CLIENT_FIELDS
    );
    expect(m.columns).toEqual({
      client: 0,
      tier: 1,
      value: 2,
      potential: 3,
      region: 4,
      contact: 5,
      role: 6,
      relationship: 7,
      lastVisit: 8,
      rep: 9,
    });
  });

  it.each([
    ["销售", "rep"],
    ["销售额", "value"],
    ["Client", "client"],
    ["Client tier", "tier"],
    ["客户联系人", "contact"],
    ["最后拜访日期", "lastVisit"],
    ["关系级别", "relationship"],
  ])("reads the header %p as the %s field", (header, field) => {
    const m = mapHeaders([header], CLIENT_FIELDS);
    expect(m.columns).toEqual({ [field]: 0 });
  });

  it("reports a missing client-name column", () => {
    const m = mapHeaders(["销售额", "区域"], CLIENT_FIELDS);
    expect(m.missing).toEqual(["client"]);
  });

  it("gives a field to the whole-header match even when a partial match comes first", () => {
    const m = mapHeaders(["下次拜访日期", "日期", "客户"], VISIT_FIELDS);
    expect(m.columns.date).toBe(1);
    expect(m.unmatched).toEqual([0]);
  });

  it("keeps the leftmost of two identical headers and leaves the other unmatched", () => {
    const m = mapHeaders(["客户名称", "客户名称"], CLIENT_FIELDS);
    expect(m.columns.client).toBe(0);
    expect(m.unmatched).toEqual([1]);
  });

  it("ignores blank headers", () => {
    const m = mapHeaders(["", "客户"], CLIENT_FIELDS);
    expect(m.columns).toEqual({ client: 1 });
    expect(m.unmatched).toEqual([0]);
  });

  it("does not depend on the order of the columns", () => {
    const headers = [
      "客户名称",
      "客户等级",
      "销售额",
      "区域",
      "联系人",
      "角色",
      "关系",
      "最后拜访",
      "业务员",
    ];
    const reversed = [...headers].reverse();
    const a = mapHeaders(headers, CLIENT_FIELDS).columns as Record<string, number>;
    const b = mapHeaders(reversed, CLIENT_FIELDS).columns as Record<string, number>;
    for (const field of Object.keys(a)) expect(reversed[b[field]]).toBe(headers[a[field]]);
  });
});

describe("mapHeaders on visit logs", () => {
  it.each([
    [["日期", "客户名称", "拜访对象", "拜访内容", "客户反馈", "下一步计划", "业务员"]],
    [["拜訪日期", "客戶名稱", "拜訪對象", "拜訪內容", "客戶回饋", "下一步計劃", "業務員"]],
    [["Date", "Client", "Contact", "Visit notes", "Feedback", "Next step", "Rep"]],
  ])("maps the log headers %p", (headers) => {
    const m = mapHeaders(headers, VISIT_FIELDS);
    expect(m.columns).toEqual({
      date: 0,
      client: 1,
      contact: 2,
      notes: 3,
      feedback: 4,
      nextStep: 5,
      rep: 6,
    });
    expect(m.missing).toEqual([]);
  });

  it("finds an outcome column", () => {
    expect(mapHeaders(["拜访日期", "客户", "拜访结果"], VISIT_FIELDS).columns.outcome).toBe(2);
  });

  it("reports both required fields when a log has neither a date nor a client", () => {
    expect(mapHeaders(["内容"], VISIT_FIELDS).missing).toEqual(["date", "client"]);
  });
});

describe("a custom schema", () => {
  const schema: FieldSchema<"a" | "b">[] = [
    { field: "a", names: ["alpha"] },
    { field: "b", names: ["alphabet"] },
  ];
  it("prefers the longer name found inside a header", () => {
    expect(mapHeaders(["the alphabet"], schema).columns).toEqual({ b: 0 });
  });
});

describe("findHeader", () => {
  it("finds a header by its normalised text", () =>
    expect(findHeader(["客户", "Potential (¥)"], "potential")).toBe(1));
  it("returns undefined for an absent header", () =>
    expect(findHeader(["客户"], "销售额")).toBeUndefined());
});
