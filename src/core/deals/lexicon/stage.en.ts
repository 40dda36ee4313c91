import type { StageKey } from "../types";
import type { Lexicon } from "./types";

/**
 * English cues for the buying stage (docs/buying-process.md). Each entry
 * names the stage it shows and the guide's rule behind it. The classifier
 * labels the LATEST stage with a strong cue, so later-stage patterns are
 * kept narrow (a loose "risk" or "cost" pattern would swallow earlier notes),
 * while early-stage patterns may be generous.
 */
export const STAGE_EN: Lexicon<StageKey> = {
  macros: {
    // Documents that carry a tender.
    DOC: [
      String.raw`tender|rfp|rfq|rfi|itt|request for (?:proposals?|quotations?|quotes?|information)`,
      String.raw`bid (?:documents?|pack(?:age)?)|(?:pitch |agency |creative )?brief|invitation to (?:tender|bid)`,
    ],
    NUM: [
      String.raw`[$€£¥]?\d[\d,.]*(?:k|m|bn)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen`,
      String.raw`twenty|thirty|forty|fifty|hundred|half`,
    ],
    // Wanting words that make a figure an outcome the customer is after.
    WANT: String.raw`\b(?:wants?|wanted|aims?|aim(?:ing)?|target(?:s|ing)?|goals?|plans?|planning|vision|ambition|hopes?|hoping|would like|looking to|expects? to|sets?|laid out|committed|pledged|promised|intends?|determined)\b`,
    // Words of fear and worry (risk stage, when tied to the change — see CHANGE).
    FEAR: String.raw`\b(?:worr(?:y|ied|ies|ying)|fears?|feared|fearful|afraid|nervous|wary|anxious|uneasy|apprehensive|concerned (?:about|that)|what if|what happens if|risk(?:s|y)?|goes down|go down|goes wrong|go wrong|could (?:fail|mean|lose|break|disrupt)|might (?:fail|reject|lose|break)|fallout|backlash|resistance|refuse to use|won't (?:use|adopt|stick)|get worse)\b`,
    // Words that tie a worry to the solution or the change it brings, not to today's losses.
    CHANGE: String.raw`\b(?:new|switch\w*|chang\w*|migrat\w*|go-?live|cutover|roll-?out|implement\w*|adopt\w*|mov(?:e|ing)|vendor|supplier|agency|system|platform|solution|programme|program|initiative|project|our|us|we|we'd|if|could|might|transition|install\w*|replac\w*|upgrade|hand(?:ing)? (?:over|the))\b`,
    RIVALS: String.raw`\b(?:compar\w*|scor\w*|shortlist\w*|other (?:vendors?|suppliers?|providers?|agenc(?:y|ies)|venues?|bidders?|firms?|brands?|factor(?:y|ies)|manufacturers?|makers?|mills?|integrators?|contractors?|installers?|consultanc(?:y|ies))|competitors?'?s?|another (?:vendor|supplier|provider|agency|venue|firm)|rivals?|incumbent|also (?:saw|seen|testing|trialling)|side by side|head-to-head|against|versus|vs\.?|each of us|both of us|all (?:three|four|five)|(?:two|three|four|five|six|\d+) (?:remaining |shortlisted )?(?:vendors|suppliers|providers|agencies|venues|firms|bidders|integrators|contractors|installers)|alongside (?:two|three|four|\d+) others|(?:two|three|four) others)\b`,
  },
  cues: [
    // 1 problem — something noticed, no cost felt yet (hints only: problem is also the default).
    {
      kind: "problem",
      rule: "stage.noticed",
      strength: 1,
      re: String.raw`\b(?:noticed|spotted|pointed out|observ(?:ed|ation)|curious|intrigued|interesting|worth a look|keep an eye on|someday|some day|one day|trend|wonder(?:s|ed|ing)? (?:if|whether)|thinks? (?:it )?(?:could|might) be|might be worth|could be worth|a bit messy)\b`,
    },
    {
      kind: "problem",
      rule: "stage.noCostYet",
      strength: 1,
      negatable: false,
      re: String.raw`\b(?:(?:isn't|is not|aren't|are not|not) (?:concerned|worried|bothered|an issue|a problem)|unaffected|(?:is|are|still|remains?) (?:steady|stable|fine|ok|okay|flat)|still (?:closing|running|working) fine|no (?:impact|complaints?|losses)|nobody (?:\w+ )?(?:has|have) (?:raised|questioned|complained)|haven't (?:changed|lost|suffered)|just an observation|(?:still )?(?:go(?:es)? out |ship\w* |arriv\w* |runs? )?(?:on time|on schedule|on plan|on track))\b`,
    },

    // 2 pain — the problem now costs them: losses, complaints, an upset boss.
    {
      kind: "pain",
      rule: "stage.painLoss",
      re: [
        String.raw`\bchao(?:s|tic)\b|\boverwhelmed\b|\bcan't keep up\b|\bcan(?:'t|not) cope\b|\bdisaster\b`,
        String.raw`\bcrisis\b|\b(?:doubled|tripled)\b|\bin the red\b`,
        String.raw`\bmargins? (?:squeezed|eroded|shrinking|gone|collapsed)\b|\bcostly\b|\bexpensive mistakes?\b`,
        String.raw`\ba fortune\b|\bpenali[sz]ed\b|\bsued\b|\blawsuits?\b|\bdamages\b|\brecall(?:ed|s)?\b`,
        String.raw`\brefused to pay\b|\bwithheld\b|\bescalat(?:ions?|ing)\b|\bangry customers\b|\bpil(?:ing|ed|es) up\b`,
        String.raw`\bfailed (?:a|an|the|its|their)? ?(?:\w+ ){0,2}(?:audit|inspection)s?\b|\bscrap(?:ped| rate)?\b`,
        String.raw`\bdefects?\b|\bdrowning\b|\bresign(?:ed|ations?)\b|\bquit\b|\bturnover\b|\bbacklog\b|\boverdue\b`,
        String.raw`\bbehind schedule\b|\bfirefight\w*|\bheadaches?\b|\bnightmare\b|\bstruggl\w*|\bsuffer\w*`,
        String.raw`\bhurting\b`,
        // A customer threatening to leave, or a hunt for whom to blame, is a cost already felt.
        String.raw`\bthreaten\w* to (?:move|take|pull|leave|walk|switch|cancel|drop)\b|\bwho(?:'s| is| was) (?:responsible|to blame)\b`,
        String.raw`\b(?:arrived|delivered|shipped) (?:\w+ )?damaged\b|\bdamaged (?:in transit|goods|shipments?|stock)\b`,
        String.raw`\bcancel(?:led|ed) (?:their |the |two |three |\w+ )?(?:contracts?|orders?|accounts?|bookings?)\b`,
        String.raw`\bspiked\b|\bsurged\b|\bskyrocket\w*`,
        String.raw`\bcost(?:ing)? (?:them|us|the company) (?:\S+ )?(?:[$€£¥]|\d)`,
        String.raw`\b(?:lost|losing|loss(?:es)?|wasted|write-?(?:offs?|downs?)|written (?:off|down)|penalt(?:y|ies)|fined|fines|claims|rework|refunds?|scrapped|overtime|wiped out|eat(?:s|ing)? (?:them|us|into)|ate into|bleeding|went nowhere|churn(?:ed|ing)?|walked out|took \d+ days|missed (?:deadlines?|shipments?|orders?|targets?)|product returns|charged back|chargebacks?)\b`,
      ],
    },
    {
      kind: "pain",
      rule: "stage.painComplaint",
      re: [
        String.raw`\bon the phone (?:daily|every day)\b|\b(?:yelled|shouted|screamed)\b|\bhauled (?:in|over)\b`,
        String.raw`\bdemanded (?:answers|an explanation)\b|\bthe board (?:is|was) (?:asking|demanding)\b`,
        String.raw`\b(?:un|dis)satisfied\b|\b(?:took|taking|takes|take) (?:the )?heat\b|\bhot seat\b|\bqualified (?:audit )?opinion\b`,
        String.raw`\b(?:complain(?:s|ed|ing|ts?)?|grumbl\w*|upset|angry|furious|fed up|frustrat\w*|annoyed|unhappy|not (?:pleased|happy|amused)|embarrass\w*|under (?:fire|pressure)|asking (?:hard |awkward )?questions|breathing down|auditors? flagged|bad reviews?|one-star|blames?|blamed)\b`,
      ],
    },
    {
      kind: "pain",
      rule: "stage.ownCostPain",
      re: [
        String.raw`\b(?:costs?|bills?|spend(?:ing)?|surcharges?|freight|premiums?|prices? of \w+|overheads?)\b.{0,25}\b(?:too high|rising|went up|gone up|go(?:ing)? up|climb\w*|soar\w*|doubled|out of control|eating|killing|hurting|wiped)\b`,
        String.raw`\b(?:rising|soaring|higher|spiralling) (?:costs?|bills?|prices|premiums)\b`,
      ],
    },

    // 3 goal — an outcome they want, a vision, a target figure.
    {
      kind: "goal",
      rule: "stage.goalFigure",
      context: "{WANT}",
      re: [
        String.raw`\bfrom (?:about |around )?(?:{NUM})\S*(?: \S+){0,3}? (?:to|down to|up to) (?:about |around )?(?:{NUM})`,
        String.raw`\b(?:under|below|above|over|at least|within) (?:[$€£¥]?\d[\d,.]*|one|two|three|four|five|ten|fifteen|thirty)\s*(?:%|percent|days?|hours?|minutes?|seconds?|weeks?)?`,
        String.raw`\b(?:double|halve|triple)\b`,
        String.raw`\bby (?:20\d\d|Q[1-4]|next (?:year|summer|spring|autumn|winter|quarter)|the end of)`,
        String.raw`\bwithin (?:one|two|three|four|five|six|eighteen|twenty-four|\d+) (?:years?|months?|quarters?)`,
      ],
    },
    {
      kind: "goal",
      rule: "stage.goalVision",
      re: [
        String.raw`\b(?:the|a|clear|new|their|his|her)? ?(?:goal|aim|target|objective)s? (?:is|are|was|of|to|for)\b`,
        String.raw`\bset (?:a |the |an )?(?:clear |new |ambitious )?(?:goal|aim|target)s?\b`,
      ],
    },
    {
      kind: "goal",
      rule: "stage.goalVision",
      re: [
        String.raw`\b(?:vision|ambition)\b|\blaid out (?:the|a|his|her|their) plan\b`,
        String.raw`\bwants? (?:to be|to become|(?:the|their|its) \w+ (?:to be |to become )?(?:known|seen) (?:for|as)|(?:it|the \w+) to (?:feel|be|become) like)`,
        String.raw`\b(?:picture|definition|idea) of success\b|\bwhat success looks like\b|\bsuccess (?:would (?:look|be)|means)\b`,
        String.raw`\bgo-to\b|\b(?:the (?:biggest|largest|leading)|number one|market leader)\b`,
      ],
    },

    // 4 requirements — rough wishes for a solution, an early quote.
    {
      kind: "requirements",
      rule: "stage.roughNeeds",
      re: [
        String.raw`\b(?:'re after|are after|is after|looking for|wants?|needs?|would like|'d like)\b.{0,40}\b(?:who|that|which) (?:can|could|will|should|must)\b`,
        String.raw`\b(?:list(?:ed|ing)?|list of|outlined|sketched|jotted down|rattled off) (?:what|their|the|some|a few) (?:they(?:'d| would)? |he |she )?(?:need|want|requirements?|must[- ]haves?|wishes)\b`,
        // A list of wanted features, not yet fixed as specifications (fixing it is measures).
        String.raw`\b(?:feature|spec|requirements?|reqs?|function(?:ality)?) lists?\b`,
        // CRM shorthand: "Need: SSO, mobile app …", "Reqs - offline mode".
        String.raw`\b(?:needs?|reqs?|requirements|must[- ]haves?|wants?)(?:\s*:|\s+-)\s*\S`,
        // Product features named after a wanting word ("wants barcode scanning, offline mode, SSO").
        String.raw`\b(?:wants?|wanted|needs?|need|asked for|asking for|looking for|would like|'d like)\b.{0,40}\b(?:integrations?|APIs?|SSO|single sign-on|offline (?:mode|access)|mobile (?:app|access|version)|dashboards?|approvals? workflows?|workflows?|exports? to|role-based|multi-(?:warehouse|site|currency|language|entity)|barcode (?:scanning|printing)|audit trails?|reporting module|e-?signatures?)\b`,
        String.raw`\bwhat (?:they|he|she) (?:need|want)s?:`,
        String.raw`\bno (?:detailed |formal |proper )?spec(?:ification)?s? yet\b`,
        String.raw`\bbasic (?:requirements|needs|conditions)\b|\bmust[- ]haves?\b|\bnice[- ]to[- ]haves?\b|\bwish ?list\b`,
        String.raw`\b(?:wants?|wanted|needs?|would (?:want|like)|'d (?:want|like)|looking for|asked (?:us )?for)\b(?: \S+){0,3}? (?:a|an|some|something|one)\b(?: \S+){0,4}? (?:tool|system|solution|supplier|vendor|platform|product|box|venue|agency|programme|program|course|training|workshop|partner|package|provider|way|app|software|campaign|digital|carton|tray|service|machines?|equipment|device|unit)\b`,
        String.raw`\b(?:want|need|require)(?:s|ed)? in (?:a|an|the|their|the new) (?:\w+ )?(?:tool|system|solution|supplier|vendor|platform|product|venue|agency|partner)\b`,
        String.raw`\bwhat (?:they|he|she)(?:'d| would) want\b`,
        // A product they want to do things is a feature list ("the new system to work on phones").
        String.raw`\b(?:would like|'d like|wants?|wanted|need|needs|expect|expects)\b (?:the|a|an|their|its|any)? ?(?:new )?(?:\w+ )?(?:tool|system|solution|platform|product|app|software|crm|erp|portal|machine|equipment|service)s? to (?:be (?:able|usable|available|mobile)|(?!be\b)[a-z]+)\b`,
      ],
    },
    // "should/must …" is a product wish when a product is named; alone it may be an outcome ("every order should ship within a day" is a goal).
    {
      kind: "requirements",
      rule: "stage.roughNeeds",
      context: String.raw`\b(?:system|tool|software|platform|solution|product|app|supplier|vendor|box|carton|venue|programme|program|course|training|campaign|it|they'd|wish|want|wants|need|needs)\b`,
      re: String.raw`\b(?:should|must|needs? to|has to|have to)(?: \w+)? (?:be able to|reach|include|run|cope|let|work|support|handle|integrate|connect|print|fit|cover|offer|deliver|sync|allow|seat|accommodate|prints?|have|provide|show|track|send|come with)\b`,
    },
    {
      kind: "requirements",
      rule: "stage.roughNeeds",
      re: [
        String.raw`\bnothing (?:more )?concrete\b|\bstill fuzzy\b|\b(?:just )?scoping\b|\b\d+-odd\b|\bor so\b`,
        String.raw`\bproper specs? only (?:once|when|after)\b`,
        String.raw`\bnothing (?:is |has been )?(?:written|on paper|formal)(?: down)?(?: yet)?\b`,
        // A wished-for product described by what it does ("would love something that books rooms").
        String.raw`\b(?:would love|'d love|would like|'d like|wants?|needs?|looking for|after)\b (?:something|a tool|a system|an app|one|a way|a platform) (?:that|which) (?!is\b|are\b)\w+s\b`,
      ],
    },
    {
      kind: "requirements",
      rule: "stage.earlyQuote",
      re: [
        String.raw`\bwhat (?:\S+ ){0,4}would (?:roughly |approximately )?cost\b`,
        String.raw`\bhow much (?:\S+ ){0,4}(?:would|might|could) (?:roughly )?cost\b|\broughly cost\b`,
        String.raw`\bprice range\b|\bballpark\b`,
        String.raw`\b(?:ballpark|indicative|rough|budgetary|ball-park|rough-cut) (?:quote|price|figure|number|estimate|proposal|pricing|cost)s?\b`,
        String.raw`\bask(?:s|ed|ing)? (?:us )?(?:for )?(?:(?:a|an|our|the) )?(?:early |first |rough )?(?:quote|quotation|estimate|price(?: list)?|price ?sheet|pricing)\b|\b(?:quote|estimate) to show\b|\b(?:price|cost|quote)s? roughly\b`,
        String.raw`\b(?:send|share|get|want|wants|need|needs|requested|request) (?:them |him |her )?(?:our |a |the )?(?:price ?list|rate card|list prices?|pricing sheet)\b`,
      ],
    },

    // 5 measures — specifications, evaluation criteria, a tender being written.
    {
      kind: "measures",
      rule: "stage.criteriaSet",
      re: [
        String.raw`\b(?:evaluation|selection|shortlisting|scoring|award|acceptance|mandatory|must-have|assessment) (?:criteria|matrix|method|grid|sheet|section|model|rules?|weights?)\b`,
        String.raw`\bscoring (?:matrix|model|grid|sheet|rubric)\b`,
        String.raw`\bcriteria (?:agreed|set|fixed|defined|finali[sz]ed)\b`,
        String.raw`\bweightings?\b|\bcarr(?:y|ies) (?:\w+ ){0,3}(?:the )?weight of\b`,
        String.raw`\bhow (?:bids|proposals|offers|vendors|suppliers|responses|tenders) (?:will|would|are to) be (?:marked|scored|judged|rated|evaluated|assessed|ranked)\b`,
        String.raw`\b(?:defined|set|agreed|fixed) (?:how they'?ll|the way they'?ll) (?:judge|score|evaluate|rate|assess)\b`,
        String.raw`\bKPIs\b.{0,40}\b(?:brief|tender|rfp|contract)\b|\b\d+\s*% [a-z][a-z ]{1,24}, \d+\s*%`,
      ],
    },
    {
      kind: "measures",
      rule: "stage.criteriaSet",
      re: [
        String.raw`\b(?:spec(?:ification)?s?(?: sheet)?|requirements? (?:document|spec)|(?:audit )?checklist)\b.{0,40}\b(?:signed off|finali[sz]ed|fixed|agreed|defined|done|approved|locked|completed)\b`,
        String.raw`\b(?:signed off|finali[sz]ed|fixed|agreed|locked|completed|turned (?:\S+ ){0,5}into)(?: on| off)? (?:the |a |an )?(?:[\w-]+ ){0,2}(?:spec\w*|checklist|criteria|scoring \w+|requirements? (?:document|list))`,
        String.raw`\b(?:formal|technical|detailed) spec(?:ification)?s?\b`,
        String.raw`\b(?:writing up|drafting|drawing up|putting together|preparing|compiling)\b.{0,20}\b(?:spec(?:ification)?s?|(?:technical )?requirements? (?:sheet|document|spec))\b`,
      ],
    },
    {
      kind: "measures",
      rule: "stage.tenderDrafting",
      re: [
        String.raw`\b(?:drafting|drafted|draft|writing|co-writing|preparing|putting together|drawing up|draw(?:s|ing)? up|working on|finali[sz]ing|building|compiling|assembling)\b.{0,30}\b(?:{DOC})\b`,
        String.raw`\b(?:{DOC})\b.{0,40}\b(?:still (?:drafting|writing|in draft|being)|(?:they'?re|is|are) (?:still )?(?:drafting|writing)|being (?:written|drafted|prepared)|before it goes out|goes out (?:next|in|later)|(?:goes|will go|is going) (?:out )?to\b.{0,30}\b(?:next|tomorrow|later|on (?:mon|tues|wednes|thurs|fri)day)|hasn't gone out|(?:plans?|planning|intends?|going|due) to (?:send|issue|release|publish)|(?:will|is to|are to) be (?:sent|issued|released|published|emailed)|(?:not|yet to be) (?:yet )?(?:issued|released|sent|published))\b`,
      ],
    },

    // 6 solution — vendors evaluated: tender arrived, tests, demos compared, shortlists.
    {
      kind: "solution",
      rule: "stage.tenderArrived",
      re: [
        String.raw`\b(?:{DOC})\b.{0,40}\b(?:landed|arrived|came in|came through|was issued|has been issued|went out to|is out)\b`,
        String.raw`\b(?:received|got|landed)\b.{0,20}\b(?:{DOC})\b`,
      ],
    },
    // Sent out to vendors; "will be sent to" / "plans to send" is still the customer's draft.
    {
      kind: "solution",
      rule: "stage.tenderArrived",
      unless: String.raw`\b(?:will|to be|plans?|planning|going to|before|once|yet|not)\b`,
      re: [
        String.raw`\b(?:{DOC})\b.{0,30}\b(?:sent|issued|released|emailed|went out|gone out) (?:out )?to\b`,
        String.raw`\binvit(?:ed|ation) to (?:bid|tender|pitch|quote)\b`,
        String.raw`\b(?:responses?|proposals?|bids?|submissions?) (?:are )?due\b`,
        String.raw`\b(?:agencies|vendors|suppliers|bidders) (?:were )?invited\b`,
        String.raw`\b(?:five|four|three|six|seven|eight|\d+) (?:suppliers|vendors|agencies|bidders) (?:received|got) it\b`,
      ],
    },
    {
      kind: "solution",
      rule: "stage.vendorsCompared",
      unless: String.raw`\b(?:will|would|to be|once|only then|before|upcoming|planned)\b`,
      re: [
        String.raw`\bside[- ]by[- ]side\b|\bhead[- ]to[- ]head\b|\bin parallel with\b|\bshort-?list(?:ed)?\b`,
        String.raw`\bfinalists?\b|\bformal (?:\w+ )?(?:comparison|evaluation|selection|bake-?off)\b`,
        String.raw`\bone of (?:two|three|four|five|\d+) (?:finalists|bidders|vendors|suppliers|agencies|shortlisted)\b`,
        String.raw`\bbake-?off\b|\bproof of concept\b|\bPOC\b|\bscorecard\b|\bscripted demos?\b`,
        String.raw`\b(?:selection|evaluation|judging) panel\b`,
        String.raw`\bsamples? (?:are |were )?(?:already )?(?:in|under|being) (?:their |the )?(?:lab|test|trial)`,
      ],
    },
    {
      kind: "solution",
      rule: "stage.vendorsCompared",
      context: "{RIVALS}",
      re: String.raw`\b(?:demo(?:s|ed)?|present(?:s|ed|ing)?|presentations?|pitch(?:es|ed)?|pilots?|trial(?:s|led|ling|ing)?|test(?:s|ed|ing)?|site (?:visits?|inspections?)|samples?|workshops?)\b`,
    },

    // 7 value — top management weighing return and strategic fit.
    {
      kind: "value",
      rule: "stage.valueWeighed",
      re: [
        String.raw`\bworth to (?:them|him|her|the business|the company)\b`,
        String.raw`\bsav(?:ed|ings?) (?:in |on )?(?:labou?r|hours|time|headcount|costs?)\b|\bpays? for itself\b`,
        String.raw`\bpay(?:s)? off\b|\brecoup\w*|\bbreak[- ]even\b|\bhow (?:many (?:years|months|quarters)|long) (?:until|before|to)\b|\bROI\b`,
        String.raw`\bpays? for (?:itself|themselves)\b|\b(?:get|gets|getting|got|make|earn|recover)s? (?:our|their|the|its|his|her) (?:money|investment|outlay|spend) back\b`,
        String.raw`\breturn on (?:the )?investment\b|\bpay ?back\b|\bpays? (?:itself )?back\b|\bbusiness case\b`,
        String.raw`\binvestment case\b|\bworth (?:it|the (?:money|investment|spend|cost))\b|\bthe return\b`,
        String.raw`\b(?:[\w-]+-year|long-term|expected|projected|financial) returns?\b|\breturns? over\b`,
        String.raw`\bvalue for money\b|\b(?:NPV|IRR)\b|\bhours saved\b`,
        // Total cost of ownership weighs the whole investment, not our price under negotiation.
        String.raw`\bTCO\b|\btotal cost of ownership\b`,
        String.raw`\bwhat (?:does|would|will) (?:a |the |this |our )?(?:\w+ ){0,3}(?:give|bring|deliver|return|save)\b`,
        String.raw`\bcompared with just\b`,
        String.raw`\b(?:EBITDA|EBIT|operating profit|earnings per share)\b|\bopportunity cost\b`,
        // Weighing this spend against another use of the money is a value judgement at the top.
        String.raw`\b(?:money|budget|cash|investment|spend)\b.{0,20}\b(?:does more|do more|better spent|better used|work harder)\b`,
      ],
    },
    {
      kind: "value",
      rule: "stage.strategicFit",
      re: [
        String.raw`\bstrategic(?:ally)?\b`,
        String.raw`\b(?:fits?|fit with|in line with|aligns? with|supports?|contribut\w*|serves?) (?:\S+ ){0,3}(?:strategy|push|direction|brand|positioning|expansion|growth|plans?|ambitions?|roadmap)\b`,
        String.raw`\bdifference .{0,40}\bmakes? to (?:profit|revenue|margins?|the business|earnings|the bottom line|growth)\b`,
      ],
    },

    // 8 risk — fear of the solution failing or of the change it brings.
    // A worry about today's losses is pain; a worry tied to the change is risk (strong), otherwise a hint.
    { kind: "risk", rule: "stage.riskFeared", context: "{CHANGE}", re: "{FEAR}" },
    { kind: "risk", rule: "stage.riskFeared", strength: 1, re: "{FEAR}" },
    {
      kind: "risk",
      rule: "stage.riskFeared",
      re: [
        String.raw`\block(?:ed)?[- ]in(?:to)?\b|\b(?:tied|locked) (?:in)?to (?:one|a single|the) (?:vendor|supplier|provider)\b|\bproprietary format\b`,
        String.raw`\bget (?:their|the|its|our) data (?:out|back)\b|\bexit (?:plan|strategy|clause)\b|\bdata migration\b`,
        String.raw`\bburn(?:ed|t) (?:by|before)\b|\bbotched\b|\b(?:failed|bad|painful) (?:migration|rollout|implementation|go-live)s?\b`,
      ],
    },
    {
      kind: "risk",
      rule: "stage.riskFeared",
      re: String.raw`\b(?:rollback|roll back|contingency|fallback|plan b|backup (?:plan|supplier|venue|site))\b`,
    },

    // 9 cost — our price and terms negotiated, final prices set side by side.
    {
      kind: "cost",
      rule: "stage.priceNegotiated",
      re: [
        String.raw`\b(?:fee|price|rate|charge|cost)s? (?:\w+ )?(?:waived|held|frozen|locked|capped)\b`,
        String.raw`\bhold (?:the|our) (?:price|rate)s?\b|\bprice (?:lock|freeze|hold)\b`,
        String.raw`\b(?:drop|waive|remove|cut|lower|reduce|trim|shave) (?:the |our |their |its )?(?:\w+ )?(?:fee|price|rate|charge|quote)s?\b`,
        String.raw`\bfor free\b|\bthrow(?:s|ing)? in\b|\bfree of charge\b`,
        String.raw`\b(?:pitting|pit|playing|play) (?:our|us)(?: \w+)? against\b`,
        String.raw`\b\d+% (?:reduction|cut|lower|less)\b|\b(?:price|fee|rate) (?:reduction|concession|cut)s?\b`,
        String.raw`\bconcessions?\b|\bsharpen (?:our|the) pencil\b|\bextend(?:ed)? (?:the )?(?:warranty|payment)\b`,
        String.raw`\bbetter (?:price|rate|terms|deal)\b|\bprice push\b`,
        String.raw`\bpush(?:ing|ed)? (?:on|back on) (?:price|our price)\b|\bhaggl\w*`,
        String.raw`\bnegotiat\w* (?:on |over )?(?:the )?(?:price|rates?|fees?|terms|discount)\b`,
        String.raw`\b\d+(?:\.\d+)?\s*% (?:off|discount)\b|\bdiscount(?:s|ed)?\b|\brebate\b`,
        String.raw`\b(?:cut|lower|reduce|drop|bring down) (?:our|the|its) (?:price|rate|fee|day rate|quote|licen[cs]e fee)\b`,
        String.raw`\b(?:day rate|room rate|rate|fee|price|quote|licen[cs]es?) (?:\S+ ){0,3}(?:cut|reduced|lowered|down) (?:by|to)\b`,
        String.raw`\bpayment terms\b|\b\d+-day (?:payment|terms)\b|\bfixed fee instead\b`,
        String.raw`\binstead of (?:time and materials|[$€£¥]\d)|\bcapped\b|\battrition (?:allowance|clause)\b`,
        String.raw`\bdeposit\b`,
        // Our own number called too high is our offer under negotiation, not their cost pain.
        String.raw`\b(?:our|your) (?:\w+ )?(?:number|price|quote|offer|rate|fee|bid)s?\b.{0,20}\b(?:too (?:high|steep|much|expensive)|over (?:their |the )?budget)\b`,
        String.raw`\b(?:included|bundled|thrown|rolled) in(?:to)? (?:the |our )?(?:\w+ )?(?:price|fee|quote|rate)\b`,
        String.raw`\bknock(?:s|ed|ing)? (?:\S+ ){0,3}off\b|\b(?:stretch|extend|push)(?:es|ed|ing)? (?:the )?payment\b`,
      ],
    },
    {
      kind: "cost",
      rule: "stage.finalPrices",
      re: [
        String.raw`\bbest[- ]and[- ]final\b|\bBAFO\b|\bfinal (?:price|offer|round|number|quote|figure|bid)s?\b`,
        String.raw`\brevised (?:number|price|quote|offer)\b|\bprice[- ]match\w*`,
        String.raw`\bmatch(?:es|ed|ing)? (?:it|that|(?:\S+ ){0,4}(?:price|prices|rate|quote|offer|number))\b`,
        String.raw`\bput our price next to\b|\bwe(?:'re| are) \d+% (?:high|higher|above|over)\b`,
      ],
    },

    // Second tier: topic vocabulary of each stage (strength 1). A word like
    // "criteria" or "payback" does not show the stage on its own, but when no
    // strong cue fires it beats the problem default; among hints the latest
    // stage wins, as the guide says, and a negation before a word cancels it.
    {
      kind: "pain",
      rule: "stage.painLoss",
      strength: 1,
      re: String.raw`\b(?:eat(?:s|ing)? (?:up )?(?:the|their|our) \w+|walk(?:ed|ing|s)? away|heads? (?:to|will|would) roll|swamped|snowed under|pain points?|hit (?:hard|badly)|(?:getting|got) worse|slipping|costing (?:them|us)|fallen behind|falling behind|stressed|pressure|sick of|tired of|break ?downs?|broke down|downtime|outages?|(?:production|line|lines|plant) (?:stops?|stopped|stoppages?|halt\w*|down))\b`,
    },
    {
      kind: "goal",
      rule: "stage.goalVision",
      strength: 1,
      re: [
        String.raw`\b(?:targets?|aims?|objectives?|vision|ambitions?|aspir\w+|north star|milestones?)\b`,
        String.raw`\b(?:in|within) (?:{NUM}) (?:years?|months?|quarters?)\b|\bby (?:the end of|20\d\d|Q[1-4]|next (?:year|quarter))\b`,
        String.raw`\b(?:wants?|wanted|would like|'d like|hopes?|expects?)\b (?:\S+ ){0,3}(?:spending|to spend|to reach|to get to|to hit|to cut|to grow|to double|to halve|answered|done|closed|down to|up to)\b`,
        String.raw`\bwhere (?:she|he|they|the \w+) wants?\b|\binstead of\b`,
        // A measure moved to a level they want ("fix rates into the nineties") is an outcome.
        String.raw`\b(?:wants?|would like|'d like|hopes?|aims?)\b.{0,40}\b(?:rates?|times?|levels?|scores?|share|figures?) (?:into|to|above|below|under|over) (?:the )?\w+`,
      ],
    },
    {
      kind: "requirements",
      rule: "stage.roughNeeds",
      strength: 1,
      re: [
        String.raw`\b(?:must[- ]haves?|nice[- ]to[- ]haves?|wish ?list|capabilit(?:y|ies)|features?|functions?|non-negotiable|deal-?breakers?|essentials?)\b`,
        String.raw`\b(?:needs?|has|have) to (?:support|handle|work with|integrate|run on|cover)\b|\bintegrat\w* with\b`,
        String.raw`\b(?:talk|connect|link|sync|interface|plug)s? (?:in)?to (?:their|the|its) (?:existing|current|legacy|own)\b|\bcloud[- ](?:hosted|based)\b|\bon-?prem(?:ise)?s?\b|\bSaaS\b`,
        // Asking what a product can do, or what it must do, is a rough requirement.
        String.raw`\b(?:whether|if|can|could|does|will) (?:our|your|the|their|a|this) (?:\w+ )?(?:tool|system|product|app|software|platform|solution)s? (?:can |could |will |would )?(?:handle|support|do|run|work|cope|integrate|connect|manage|track)\b`,
        String.raw`\bwhat (?:the|a|their|our|your) (?:\w+ ){0,2}(?:has|needs|must|should|would have) to do\b`,
      ],
    },
    {
      kind: "measures",
      rule: "stage.criteriaSet",
      strength: 1,
      re: [
        String.raw`\b(?:criteria|criterion|scor(?:ecard|ing)|spec(?:ification)?s?|weighted|weights?|evaluation plan|selection process|test plan|acceptance tests?|thresholds?|pass/fail|benchmarks?|mandatory|desirable)\b`,
        String.raw`\b(?:{DOC}) drafts?\b|\bdraft (?:{DOC})\b`,
      ],
    },
    {
      kind: "solution",
      rule: "stage.vendorsCompared",
      strength: 1,
      re: [
        String.raw`\b(?:vendors|suppliers|providers|bidders|bake-?off|POCs?|pilots?|shortlist\w*|demos?|panel|trials?)\b`,
        String.raw`\b(?:proposals|bids|quotes|responses|submissions) (?:are |have )?(?:in|come in|back)\b|\b(?:proposals|bids|quotes) from\b|\bnarrow\w* (?:\S+ ){0,2}down\b`,
      ],
    },
    {
      kind: "value",
      rule: "stage.valueWeighed",
      strength: 1,
      // "the board" is top management; "dispatch board" or "whiteboard" is not.
      re: String.raw`^board\b|\b(?:the|to|at|their|our) board\b|\bboard (?:will|decides?|approval|meeting|sign-?off)\b|\b(?:ROI|payback|business case|strategic|strategy|bottom line|top line|profit\w*|margins?|worth(?:while)?|investment|direction|long run|shareholders?|savings|returns?)\b`,
    },
    {
      kind: "risk",
      rule: "stage.riskFeared",
      strength: 1,
      re: [
        String.raw`\b(?:concerns?|concerned|security (?:review|team|questionnaire|audit)|pen(?:etration)?[- ]tests?|backups?|disaster recovery|compliance|due diligence|liabilit(?:y|ies)|references?|guarantees?|safeguards?|data (?:is |will be )?hosted|hosting location|data (?:residency|sovereignty|protection|privacy)|GDPR)\b`,
        String.raw`\bwhat happens (?:to|if|when)\b|\b(?:go|goes|went) (?:out of business|bust|under)\b|\bpush back\b|\bdisrupt\w*`,
      ],
    },
    {
      kind: "cost",
      rule: "stage.priceNegotiated",
      strength: 1,
      re: [
        String.raw`\b(?:discount\w*|negotiat\w*|sharpen\w*|terms|net \d+|final offer|counter-?offer|came in (?:lower|cheaper|under))\b`,
        String.raw`\b(?:our|the) (?:number|price|quote|offer)\b.{0,20}\b(?:down|lower|cheaper|by another|again)\b|\blast year's (?:price|rate)s?\b`,
      ],
    },
  ],
};
