export * from "./serial";
export * from "./workcalendar";
