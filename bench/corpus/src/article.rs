//! The story writer: picks a story (who, what kind, where), then writes the
//! headline and 8–20 paragraphs from sentence templates, recording every
//! planted person, date expression, event and quote as ground truth while it
//! writes. Nothing is parsed back out of the text: the truth is exactly what
//! the templates put in.

use crate::data::*;
use crate::date::Date;
use crate::rng::Rng;
use serde_json::{json, Value};

/// One block of the article body.
#[derive(Clone, Debug)]
pub struct Para {
    pub text: String,
    /// A crosshead (rendered as <h2>), not a running paragraph.
    pub heading: bool,
}

/// A photo caption, shown before paragraph `before`.
#[derive(Clone, Debug)]
pub struct Caption {
    pub before: usize,
    pub text: String,
    pub credit: String,
}

/// A written article plus its ground truth.
pub struct Article {
    pub title: String,
    pub published: Date,
    pub site: &'static Site,
    pub author: String,
    pub section: &'static str,
    pub paras: Vec<Para>,
    pub captions: Vec<Caption>,
    pub related: Vec<String>,
    pub people: Vec<Value>,
    pub dates: Vec<Value>,
    pub events: Vec<Value>,
    pub quotes: Vec<Value>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Meeting,
    Call,
    Visit,
    Agreement,
    Row,
    Sanctions,
    Escalation,
    Ceasefire,
    Aid,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Leader,
    Fm,
    Dm,
    Spokes,
    MilSpokes,
    Ambassador(&'static str),
    Analyst,
    Aid(usize),
}

struct Person {
    name: String,
    short: String,
    female: bool,
    /// Nationality (drives the name pool and adjectives).
    country: &'static Country,
    /// Code of the entity the person speaks for (truth "code").
    code: &'static str,
    role: Role,
    introduced: bool,
    inst: &'static str,
}

/// A placed date expression: `phrase` is what goes into the sentence
/// (" on Tuesday" mid-sentence, "On Tuesday, " at the start, or "").
#[derive(Clone, Debug, Default)]
struct Dt {
    phrase: String,
    text: Option<String>,
    value: Option<String>,
    end: Option<String>,
}

impl Dt {
    fn none() -> Self {
        Dt::default()
    }
}

struct Raw {
    text: String,
    value: String,
    precision: &'static str,
    end: Option<String>,
}

/// How far back a past date may reach.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reach {
    Recent,
    Medium,
    Old,
}

struct Ev {
    t: &'static str,
    mode: Option<&'static str>,
    actor: Vec<&'static str>,
    recipient: Vec<&'static str>,
    status: &'static str,
    negated: bool,
    loc: Option<&'static str>,
    symmetric: bool,
}

impl Ev {
    fn new(t: &'static str, actor: &[&'static str], recipient: &[&'static str]) -> Self {
        Ev {
            t,
            mode: None,
            actor: actor.to_vec(),
            recipient: recipient.to_vec(),
            status: "occurred",
            negated: false,
            loc: None,
            symmetric: false,
        }
    }
    fn joint(t: &'static str, parties: &[&'static str]) -> Self {
        let mut e = Ev::new(t, parties, &[]);
        e.symmetric = true;
        e
    }
    fn mode(mut self, m: &'static str) -> Self {
        self.mode = Some(m);
        self
    }
    fn status(mut self, s: &'static str) -> Self {
        self.status = s;
        self
    }
    fn neg(mut self) -> Self {
        self.negated = true;
        self
    }
    fn at(mut self, c: &'static str) -> Self {
        self.loc = Some(c);
        self
    }
    fn sym(mut self) -> Self {
        self.symmetric = true;
        self
    }
}

pub fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// A small integer for a variant key (FNV-1a), so that used-variant
/// bookkeeping compares integers instead of strings.
fn key_id(key: &str) -> u32 {
    key.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// "a Turkish" / "an Indian".
fn an(word: &str) -> String {
    let vowel = word.starts_with(['A', 'E', 'I', 'O', 'U', 'a', 'e', 'i', 'o', 'u']);
    // "a UN", "a European", "a US" sound like "you": keep "a" there.
    let you = word.starts_with("U")
        && (word.starts_with("UN") || word.starts_with("US") || word.starts_with("U."))
        || word.starts_with("Eu");
    if vowel && !you {
        format!("an {word}")
    } else {
        format!("a {word}")
    }
}

/// `s` followed by `x` (a sentence, possibly empty) with one space.
fn cat(s: String, x: &str) -> String {
    if x.is_empty() {
        s
    } else {
        format!("{s} {x}")
    }
}

fn poss(name: &str) -> String {
    if name.ends_with('s') {
        format!("{name}'")
    } else {
        format!("{name}'s")
    }
}

fn num(n: usize) -> String {
    const W: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    if n < W.len() {
        W[n].to_string()
    } else {
        n.to_string()
    }
}

fn fem_surname(s: &str, rule: FemRule) -> String {
    match rule {
        FemRule::None => s.to_string(),
        FemRule::Russian => {
            if s.ends_with("ov") || s.ends_with("ev") || s.ends_with("in") || s.ends_with("yn") {
                format!("{s}a")
            } else if let Some(stem) = s.strip_suffix("sky") {
                format!("{stem}skaya")
            } else {
                s.to_string()
            }
        }
        FemRule::Polish => {
            if let Some(stem) = s.strip_suffix("ki") {
                format!("{stem}ka")
            } else {
                s.to_string()
            }
        }
        FemRule::Czech => {
            if let Some(stem) = s.strip_suffix('ý') {
                format!("{stem}á")
            } else if let Some(stem) = s.strip_suffix('a') {
                format!("{stem}ová")
            } else {
                format!("{s}ová")
            }
        }
        FemRule::Greek => {
            if let Some(stem) = s.strip_suffix("os") {
                format!("{stem}ou")
            } else if let Some(stem) = s.strip_suffix("is") {
                format!("{stem}i")
            } else if let Some(stem) = s.strip_suffix("as") {
                format!("{stem}a")
            } else {
                s.to_string()
            }
        }
    }
}

/// Invent a person name from a pool: (full, short, female).
pub fn invent_name(r: &mut Rng, pool: Pool) -> (String, String, bool) {
    let np = name_pool(pool);
    let female = r.chance(0.42);
    let given = if female {
        *r.pick(np.female)
    } else {
        *r.pick(np.male)
    };
    let sur = *r.pick(np.surnames);
    let sur = if female {
        fem_surname(sur, np.fem)
    } else {
        sur.to_string()
    };
    match np.order {
        NameOrder::Western => (format!("{given} {sur}"), sur, female),
        NameOrder::WesternGiven => (format!("{given} {sur}"), given.to_string(), female),
        NameOrder::EastSurname => (format!("{sur} {given}"), sur, female),
        NameOrder::EastLast => {
            let last = given.rsplit(' ').next().unwrap_or(given).to_string();
            (format!("{sur} {given}"), last, female)
        }
    }
}

// ------------------------------------------------------------------ quotes

/// Eventless colour sentences, by story flavour: war, row, aid, truce,
/// talks, any. Placeholders in braces are filled by `Ctx::detail_k`.
static DETAILS: [&[&str]; 6] = [
    &[
        "Emergency services were still searching the rubble for survivors, regional officials said.",
        "Air raid sirens sounded across the region for several hours.",
        "The claims could not be independently verified.",
        "Power was cut to thousands of homes, the local energy company said.",
        "Residents described hearing a series of loud explosions shortly after midnight.",
        "Schools in the area switched to remote lessons.",
        "Satellite images published by a commercial provider showed damage to several buildings.",
        "Both sides have traded accusations of attacks on civilian targets for months.",
        "Casualty figures given by the two sides differ widely, and neither has allowed independent access to the area around {bcity}.",
        "Rescue teams worked through the night to reach people trapped under debris.",
        "Hospitals in {bcity} said they were treating dozens of wounded.",
        "Local officials urged residents to stay in shelters until the alert was lifted.",
        "Footage shared on social media showed plumes of smoke rising over the area.",
        "Debris from intercepted drones damaged several cars and a shop.",
        "Electricity and water supplies were disrupted in parts of the city.",
        "Military analysts say both sides are struggling to replenish stocks of ammunition.",
        "The front line has barely moved for months despite heavy fighting.",
        "Thousands of residents have left the border districts, and many have no plans to return soon.",
    ],
    &[
        "The measures include asset freezes and travel bans.",
        "Officials said further steps could not be ruled out.",
        "The embassy has been operating with a reduced staff for months.",
        "Business groups warned that the dispute could hurt exporters on both sides.",
        "The ministry did not say how many people were affected.",
        "The move is largely symbolic, analysts say, given the small volume of trade involved.",
        "Exports of {com} account for a large share of trade between the two countries.",
        "The two countries' diplomatic missions have been cut to a minimum.",
        "Consular services have been suspended, leaving some travellers stranded.",
        "Lawyers for the detained citizens say they have not been allowed to see their clients.",
        "Trade unions have warned of job losses if the restrictions stay in place.",
        "Shipping companies said cargo bound for {b_capital} was being rerouted.",
    ],
    &[
        "The shipment includes flour, cooking oil, baby formula and medical kits.",
        "Deliveries have been hampered by damaged roads and fuel shortages.",
        "The goods will be distributed by local partners and volunteers.",
        "Warehouses in the area are almost empty, local officials say.",
        "Prices of {com} have more than doubled in local markets, according to traders.",
        "Aid groups say access to the worst-affected districts remains limited.",
        "Many families are sheltering in schools and public buildings.",
        "Health workers warn of outbreaks of disease because of the lack of clean water.",
        "The convoy waited at the crossing for {n} hours before being allowed through.",
    ],
    &[
        "The first hours of the truce passed largely quietly, according to residents.",
        "Details of how the truce will be monitored have not been made public.",
        "Previous truces in the conflict have collapsed within days.",
        "Both sides said they reserved the right to respond to any violation.",
        "Residents cautiously returned to the streets as the guns fell silent.",
        "The text of the agreement has not been published.",
        "Mediators said the truce was fragile and could easily unravel.",
    ],
    &[
        "The talks lasted more than {n} hours, according to officials familiar with the discussions.",
        "Journalists were not allowed into the room, and no joint statement was issued afterwards.",
        "The delegations included officials responsible for energy, trade and transport.",
        "Security was tight around the venue, with several streets in the city centre closed to traffic.",
        "Officials said the conversation also touched on {topic2}.",
        "Diplomats familiar with the preparations said the agenda had been agreed only at the last minute.",
        "Trade between the two countries has grown steadily, driven mostly by {com}.",
        "A senior official, speaking on condition of anonymity, said the mood had been better than expected.",
        "{ministry} published a short readout but gave few details.",
        "Both sides stressed the importance of regular contact at all levels.",
        "Officials said working groups had prepared several documents in advance.",
        "The meeting took place behind closed doors.",
    ],
    &[
        "The {b_adj} side has not published a full account of the discussions.",
        "Officials on both sides have been careful not to raise expectations.",
        "The issue is expected to feature prominently in parliamentary debates in {a_capital}.",
        "Opposition politicians in {b_capital} have criticised the government's handling of the matter.",
        "Public opinion in both countries remains divided, according to recent polls.",
        "Foreign diplomats in {a_capital} are watching the situation closely.",
        "The stakes are high for both governments, which face economic difficulties at home.",
        "Much will depend on how the next steps are sequenced, diplomats say.",
        "Newspapers in {b_capital} gave the story prominent coverage.",
        "The question of {topic} has dominated the bilateral agenda for years.",
        "Markets reacted calmly, with the {a_adj} currency little changed.",
        "Officials have given few details about the timetable.",
        "It remains unclear how the decision will be implemented in practice.",
        "Both governments are under pressure from nationalist groups at home.",
        "The relationship has gone through several cycles of tension and rapprochement.",
        "Business leaders in {a_capital} have been pressing for a predictable framework for trade.",
        "Some officials privately concede that progress has been slower than hoped.",
        "{b_capital} has long been wary of {poss_a} intentions in the region.",
        "Regional economies on both sides depend heavily on trade with each other.",
        "The negotiations have been complicated by disagreements over sequencing.",
    ],
];

/// Topics that only make sense between neighbours.
static NEIGHBOUR_TOPICS: &[&str] = &[
    "border demarcation",
    "water sharing",
    "cross-border trade",
    "the return of displaced people",
    "a possible peace settlement",
    "fishing rights",
];

static Q_CONCILIATORY: &[&str] = &[
    "We had a frank and constructive discussion, and we agreed to keep working together",
    "Dialogue is the only way forward. There is no alternative to diplomacy",
    "Our relationship is based on mutual respect, and we want to take it to a new level",
    "We are ready to continue the conversation at any level and in any format",
    "This shows what can be achieved when both sides are willing to listen",
    "We discussed {topic} in detail. There is still work to do, but the direction is right",
    "Nobody benefits from escalation. We want calm, and we want it now",
    "I am confident that the next round will bring concrete results",
    "Our teams will stay in close contact to work out the details",
    "We value the role that {med} has played in bringing the two sides together",
    "There are differences between us, and we do not hide them, but there is also a lot of common ground",
    "We want {other} to be a good neighbour, and we are prepared to be one ourselves",
    "Trust is not built in a day. It is built step by step, and this is one of those steps",
    "The people of our two countries expect results, not statements",
    "We have agreed to focus on what unites us rather than on what divides us",
];

static Q_HOSTILE: &[&str] = &[
    "This is a flagrant violation of international law, and it will not go unanswered",
    "We will not be intimidated. Our response will be proportionate but firm",
    "These accusations are absurd and have nothing to do with reality",
    "{other} bears full responsibility for what happened",
    "Every day of delay costs lives. The world cannot simply watch",
    "We have warned them many times. Our patience has limits",
    "They say one thing at the negotiating table and do another on the ground",
    "We reserve the right to take all necessary measures to protect our citizens",
    "It is a provocation, pure and simple",
    "Nobody should doubt our determination to defend our sovereignty",
    "What we are seeing is a deliberate attempt to derail the process",
    "{other} must understand that this path leads nowhere",
    "We are not the ones who started this, but we will not let it go unpunished",
    "The facts speak for themselves, whatever {other} claims",
];

/// Analyst quotes for any story.
static Q_ANALYST: &[&str] = &[
    "This is less about {topic} than about who sets the rules in the region",
    "For {own}, the priority is economic. Security comes second",
    "Everybody is hedging. Nobody wants to be caught on the wrong side if the situation changes",
    "This is a relationship with a long memory, and grievances on both sides run deep",
    "Both governments need to show their domestic audiences that they are not backing down",
    "Neither capital can afford to look weak, and that makes compromise harder",
    "The outside powers matter more here than either side likes to admit",
];

/// Analyst quotes for stories of rapprochement.
static Q_ANALYST_THAW: &[&str] = &[
    "The real test is not the signing ceremony but what happens in the months after it",
    "I would be cautious about reading too much into a single meeting",
    "The mediators have done the hard part. Now the politicians have to deliver",
    "What we are seeing is a gradual thaw, not a breakthrough",
    "The language has softened, which matters, but the underlying dispute has not moved",
    "If you look at the trade figures, the two economies need each other more than the rhetoric suggests",
    "Both sides have an interest in quiet, predictable relations, at least for now",
];

/// Analyst quotes for stories of tension and conflict.
static Q_ANALYST_TENSION: &[&str] = &[
    "Neither side wants a full-scale confrontation, but accidents happen",
    "Sanctions rarely change behaviour on their own, and both capitals know it",
    "The question is whether anyone can stop the spiral before the next serious incident",
    "Each step is calibrated to hurt without crossing the other side's red lines",
    "The risk of miscalculation is higher now than at any point in recent years",
    "Escalation is easy to start and very hard to stop",
];

static Q_HUMANITARIAN: &[&str] = &[
    "The needs are enormous, and access remains the biggest problem",
    "We are reaching more people than before, but it is nowhere near enough",
    "Families have been living without electricity or running water for weeks",
    "Our teams on the ground describe a situation that is getting worse by the day",
    "Humanitarian workers must be able to do their jobs safely",
    "Children are paying the highest price for this crisis",
    "We need guarantees that the convoys will be allowed through",
];

static PARTIALS_BAD: &[&str] = &[
    "a dangerous escalation",
    "completely unacceptable",
    "an act of aggression",
    "a hostile act",
    "politically motivated",
    "a red line",
    "a gross provocation",
];

static PARTIALS_MILD: &[&str] = &[
    "premature",
    "unrealistic",
    "not helpful at this stage",
    "a missed opportunity",
    "one-sided",
];

static PARTIALS_GOOD: &[&str] = &[
    "a step in the right direction",
    "very productive",
    "an important signal",
    "a good basis for further work",
    "open and substantive",
    "a turning point",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Bank {
    Good,
    Bad,
    Analyst,
    Humanitarian,
}

/// The writer's working state for one article.
struct Ctx {
    r: Rng,
    p: Date,
    uk: bool,
    site: &'static Site,
    a: &'static Country,
    b: &'static Country,
    m: &'static Country,
    mcity: &'static str,
    t: &'static Country,
    kind: Kind,
    kinetic: bool,
    /// The pair shares a border (land or a narrow sea): border topics fit.
    neighbours: bool,
    topic: &'static str,
    people: Vec<Person>,
    people_truth: Vec<Value>,
    dates: Vec<Value>,
    events: Vec<Value>,
    quotes: Vec<Value>,
    paras: Vec<Para>,
    title: String,
    analysts: usize,
    headings: usize,
    used_quotes: Vec<&'static str>,
    caption_hint: String,
    /// City the story is datelined from (set by the lede).
    dateline_city: &'static str,
    used_lines: Vec<String>,
    used_background: u32,
    /// Template variants already used, keyed by event type.
    used_variants: Vec<(u32, u64)>,
    /// When set, the next `variant` call returns this index.
    forced: Option<usize>,
}

fn non_org(r: &mut Rng, major_bias: f64) -> &'static Country {
    loop {
        let c = r.pick(COUNTRIES);
        if c.org {
            continue;
        }
        if !c.major && r.chance(major_bias) {
            continue;
        }
        return c;
    }
}

/// Write one article for `published` in the house style of `site`.
pub fn write(r: Rng, site: &'static Site, published: Date) -> Article {
    let mut r = r;
    let kind = match r.weighted(&[16, 10, 10, 10, 14, 8, 14, 8, 10]) {
        0 => Kind::Meeting,
        1 => Kind::Call,
        2 => Kind::Visit,
        3 => Kind::Agreement,
        4 => Kind::Row,
        5 => Kind::Sanctions,
        6 => Kind::Escalation,
        7 => Kind::Ceasefire,
        _ => Kind::Aid,
    };
    let (a, b, kinetic) = pick_pair(&mut r, kind);
    let (mcode, mcity) = loop {
        let (c, city) = *r.pick(MEDIATORS);
        if c != a.code && c != b.code {
            break (c, city);
        }
    };
    let m = country(mcode);
    let t = loop {
        let c = if r.chance(0.25) {
            if r.chance(0.5) {
                country("EUR")
            } else {
                country("UNO")
            }
        } else {
            non_org(&mut r, 0.6)
        };
        if c.code != a.code && c.code != b.code && c.code != m.code {
            break c;
        }
    };
    let neighbours = DYADS
        .iter()
        .any(|&(x, y, _)| (x, y) == (a.code, b.code) || (y, x) == (a.code, b.code))
        && ![a.code, b.code]
            .iter()
            .any(|c| ["USA", "FRA", "IRN"].contains(c));
    let topic = loop {
        let t = *r.pick(TOPICS);
        if (neighbours || !NEIGHBOUR_TOPICS.contains(&t)) && (kinetic || !t.contains("peace")) {
            break t;
        }
    };
    let mut cx = Ctx {
        r,
        p: published,
        uk: site.uk_dates,
        site,
        a,
        b,
        m,
        mcity,
        t,
        kind,
        kinetic,
        neighbours,
        topic,
        people: Vec::new(),
        people_truth: Vec::new(),
        dates: Vec::new(),
        events: Vec::new(),
        quotes: Vec::new(),
        paras: Vec::new(),
        title: String::new(),
        analysts: 0,
        headings: 0,
        used_quotes: Vec::new(),
        caption_hint: String::new(),
        dateline_city: "",
        used_lines: Vec::new(),
        used_background: 0,
        used_variants: Vec::new(),
        forced: None,
    };
    if kinetic {
        // Trade, embassy and "transactional" backgrounds do not fit a war.
        cx.used_background = (1 << 1) | (1 << 2) | (1 << 5) | (1 << 9);
    } else {
        // "X lies N km from the border" only suits neighbours at war.
        cx.used_background = 1 << 8;
    }
    cx.body();
    let captions = cx.captions();
    let related = (0..cx.r.range(3, 5))
        .map(|_| related_headline(&mut cx.r))
        .collect();
    let author = {
        let pool = if cx.r.chance(0.6) {
            Pool::Anglo
        } else {
            non_org(&mut cx.r, 0.0).pool
        };
        invent_name(&mut cx.r, pool).0
    };
    let section = match (kind, a.region) {
        (Kind::Escalation | Kind::Ceasefire, _) => "world",
        (_, Region::Europe) => "europe",
        (_, Region::MiddleEast) => "middle-east",
        (_, Region::Asia) => "asia",
        (_, Region::Africa) => "africa",
        (_, Region::Americas) => "americas",
        _ => *cx.r.pick(SECTIONS),
    };
    Article {
        title: cx.title,
        published,
        site,
        author,
        section,
        paras: cx.paras,
        captions,
        related,
        people: cx.people_truth,
        dates: cx.dates,
        events: cx.events,
        quotes: cx.quotes,
    }
}

fn pick_pair(r: &mut Rng, kind: Kind) -> (&'static Country, &'static Country, bool) {
    let need_kinetic = matches!(kind, Kind::Escalation | Kind::Ceasefire);
    let use_dyad = need_kinetic
        || (kind == Kind::Row && r.chance(0.6))
        || (kind == Kind::Sanctions && r.chance(0.4));
    if use_dyad {
        loop {
            let (x, y, k) = *r.pick(DYADS);
            if need_kinetic && !k {
                continue;
            }
            let (x, y) = if r.chance(0.5) { (x, y) } else { (y, x) };
            return (country(x), country(y), k);
        }
    }
    if kind == Kind::Aid {
        // A donor and a country in trouble.
        let donor = non_org(r, 0.7);
        loop {
            let (x, y, _) = *r.pick(DYADS);
            let victim = country(if r.chance(0.5) { x } else { y });
            if victim.code != donor.code && !victim.major {
                return (donor, victim, false);
            }
        }
    }
    let a = non_org(r, 0.5);
    loop {
        let b = non_org(r, 0.2);
        if b.code == a.code {
            continue;
        }
        if b.region != a.region && !a.major && !b.major && r.chance(0.92) {
            continue;
        }
        return (a, b, false);
    }
}

fn related_headline(r: &mut Rng) -> String {
    let (c, d) = if r.chance(0.4) {
        let (x, y, _) = *r.pick(DYADS);
        (country(x), country(y))
    } else {
        let c = non_org(r, 0.3);
        loop {
            let d = non_org(r, 0.3);
            if d.code != c.code && (d.region == c.region || c.major || d.major) {
                break (c, d);
            }
        }
    };
    match r.below(8) {
        0 => format!(
            "{} and {} to hold talks on {}",
            c.hname,
            d.hname,
            r.pick(TOPICS)
        ),
        1 => format!(
            "{} recalls envoy from {} after row over {}",
            c.hname,
            d.hname,
            r.pick(TOPICS)
        ),
        2 => format!("What the new {} government means for {}", c.adj, d.hname),
        3 => format!(
            "{} says it is ready to mediate between {} and its neighbours",
            c.hname, d.hname
        ),
        4 => format!("Analysis: Why {} is courting {}", c.hname, d.hname),
        5 => format!("{} parliament approves {} deal", c.adj, r.pick(COMMODITIES)),
        6 => format!("Live: Foreign ministers gather in {}", c.capital),
        _ => format!(
            "{} tightens border checks as tensions with {} grow",
            c.hname, d.hname
        ),
    }
}

impl Ctx {
    // -------------------------------------------------------------- basics

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        *self.r.pick(xs)
    }

    fn chance(&mut self, p: f64) -> bool {
        self.r.chance(p)
    }

    /// Bitmask of the variants of `id` used so far.
    fn used_mask(&self, id: u32) -> u64 {
        self.used_variants
            .iter()
            .find(|u| u.0 == id)
            .map_or(0, |u| u.1)
    }

    fn mark_used(&mut self, id: u32, k: usize) {
        let bit = 1u64 << k.min(63);
        match self.used_variants.iter_mut().find(|u| u.0 == id) {
            Some(u) => u.1 |= bit,
            None => self.used_variants.push((id, bit)),
        }
    }

    fn is_used(&self, key: &str, k: usize) -> bool {
        self.used_mask(key_id(key)) & (1u64 << k.min(63)) != 0
    }

    /// Weighted choice of a template variant for `key`, avoiding variants
    /// already used in this article while unused ones remain.
    fn variant(&mut self, key: &'static str, w: &[u32]) -> usize {
        let id = key_id(key);
        if let Some(k) = self.forced.take() {
            self.mark_used(id, k);
            return k;
        }
        let mask = self.used_mask(id);
        let mut w2 = [0u32; 64];
        let n = w.len().min(64);
        for i in 0..n {
            w2[i] = if mask & (1 << i) != 0 { 0 } else { w[i] };
        }
        let k = if w2[..n].iter().any(|&x| x > 0) {
            self.r.weighted(&w2[..n])
        } else {
            self.r.weighted(w)
        };
        self.mark_used(id, k);
        k
    }

    /// Like `variant`, but `None` once every variant has been used.
    fn variant_fresh(&mut self, key: &'static str, n: usize) -> Option<usize> {
        let id = key_id(key);
        let mask = self.used_mask(id);
        let n = n.min(64);
        let mut w = [0u32; 64];
        for (i, x) in w.iter_mut().enumerate().take(n) {
            *x = u32::from(mask & (1 << i) == 0);
        }
        if w[..n].iter().all(|&x| x == 0) {
            return None;
        }
        let k = self.r.weighted(&w[..n]);
        self.mark_used(id, k);
        Some(k)
    }

    /// A topic that suits the pair (no border topics between non-neighbours).
    fn pick_topic(&mut self) -> &'static str {
        loop {
            let t = self.pick(TOPICS);
            if (self.neighbours || !NEIGHBOUR_TOPICS.contains(&t))
                && (self.kinetic || !t.contains("peace"))
            {
                return t;
            }
        }
    }

    /// Whether a word-list item fits the story: border items need
    /// neighbours, war items need a shooting conflict.
    fn fits(&self, x: &str) -> bool {
        const WAR: [&str; 9] = [
            "shelling",
            "ceasefire",
            "forces",
            "humanitarian",
            "troops",
            "monitors",
            "demilitarised",
            "line of contact",
            "civilian",
        ];
        (self.neighbours || !x.contains("border"))
            && (self.kinetic || !WAR.iter().any(|w| x.contains(w)))
    }

    /// Pick an item from `xs` that fits the story (see `fits`).
    fn pick_fit(&mut self, xs: &[&'static str]) -> &'static str {
        for _ in 0..24 {
            let x = self.pick(xs);
            if self.fits(x) {
                return x;
            }
        }
        xs.iter().copied().find(|x| self.fits(x)).unwrap_or(xs[0])
    }

    /// A way to name a country's government in running text.
    fn cr(&mut self, c: &'static Country) -> String {
        if c.org {
            return if self.chance(0.5) {
                c.name.to_string()
            } else {
                format!("the {}", c.hname)
            };
        }
        match self.r.weighted(&[55, 25, 20]) {
            0 => c.name.to_string(),
            1 => c.capital.to_string(),
            _ => format!("the {} government", c.adj),
        }
    }

    fn crc(&mut self, c: &'static Country) -> String {
        cap(&self.cr(c))
    }

    fn city(&mut self, c: &'static Country, capital_p: f64) -> &'static str {
        if c.cities.is_empty() || self.chance(capital_p) {
            c.capital
        } else {
            self.pick(c.cities)
        }
    }

    fn ministry(&self, c: &'static Country) -> String {
        match c.code {
            "USA" => "the State Department".into(),
            "GBR" => "the Foreign Office".into(),
            "IND" => "the Ministry of External Affairs".into(),
            "EUR" => "the European External Action Service".into(),
            "UNO" => "the UN Secretariat".into(),
            _ => format!("the {} Foreign Ministry", c.adj),
        }
    }

    fn ministry_title(&self, c: &'static Country) -> String {
        match c.code {
            "USA" => "State Department".into(),
            "GBR" => "Foreign Office".into(),
            "IND" => "Indian External Affairs Ministry".into(),
            "EUR" => "EU".into(),
            "UNO" => "UN".into(),
            _ => format!("{} Foreign Ministry", c.tadj),
        }
    }

    fn defmin(&self, c: &'static Country) -> String {
        match c.code {
            "USA" => "the Pentagon".into(),
            "GBR" => "the Ministry of Defence".into(),
            _ => format!("the {} Defence Ministry", c.adj),
        }
    }

    fn fm_title(c: &'static Country) -> &'static str {
        match c.code {
            "USA" => "Secretary of State",
            "GBR" => "Foreign Secretary",
            "IND" => "External Affairs Minister",
            "EUR" => "foreign policy chief",
            _ => "Foreign Minister",
        }
    }

    fn dm_title(c: &'static Country) -> &'static str {
        match c.code {
            "USA" => "Defense Secretary",
            "GBR" => "Defence Secretary",
            _ => "Defence Minister",
        }
    }

    // -------------------------------------------------------------- people

    fn person(&mut self, c: &'static Country, role: Role) -> usize {
        let role = match role {
            Role::Leader if c.leader.is_empty() => Role::Fm,
            Role::Fm if c.code == "UNO" => Role::Spokes,
            Role::Dm | Role::MilSpokes | Role::Ambassador(_) if c.org => Role::Spokes,
            r => r,
        };
        if let Some(i) = self
            .people
            .iter()
            .position(|p| p.code == c.code && p.role == role)
        {
            return i;
        }
        let office = match role {
            Role::Leader => Some(Office::Leader),
            Role::Fm => Some(Office::ForeignMinister),
            _ => None,
        };
        if let Some(real) = office.and_then(|o| real_holder(c.code, o, self.p)) {
            self.people.push(Person {
                name: real.name.to_string(),
                short: real.short.to_string(),
                female: real.female,
                country: c,
                code: c.code,
                role,
                introduced: false,
                inst: "",
            });
            return self.people.len() - 1;
        }
        let nat = if let Role::Aid(_) = role {
            non_org(&mut self.r, 0.0)
        } else {
            c
        };
        let (name, short, female) =
            loop {
                let n = invent_name(&mut self.r, nat.pool);
                let given = n.0.split(' ').next().unwrap_or("");
                if !self.people.iter().any(|p| {
                    p.name == n.0 || p.short == n.1 || p.name.split(' ').next() == Some(given)
                }) {
                    break n;
                }
            };
        let code = match role {
            Role::Aid(o) => AID_ORGS[o].2,
            _ => c.code,
        };
        let inst = if role == Role::Analyst {
            self.pick(INSTITUTES)
        } else {
            ""
        };
        self.people.push(Person {
            name,
            short,
            female,
            country: nat,
            code,
            role,
            introduced: false,
            inst,
        });
        self.people.len() - 1
    }

    fn analyst(&mut self) -> usize {
        // Analysts are keyed by nationality; vary it so two analysts differ.
        for _ in 0..8 {
            let c = match self.r.below(4) {
                0 => self.a,
                1 => self.b,
                _ => non_org(&mut self.r, 0.5),
            };
            if !self
                .people
                .iter()
                .any(|p| p.code == c.code && p.role == Role::Analyst)
            {
                return self.person(c, Role::Analyst);
            }
        }
        self.person(self.a, Role::Analyst)
    }

    fn aid_official(&mut self) -> usize {
        if let Some(i) = self
            .people
            .iter()
            .position(|p| matches!(p.role, Role::Aid(_)))
        {
            return i;
        }
        let o = self.r.below(AID_ORGS.len());
        let host = country(AID_ORGS[o].2.replace("NGO", "UNO").as_str());
        self.person(host, Role::Aid(o))
    }

    /// Introduction of person `pi`: (text, is_appositive).
    fn intro(&mut self, pi: usize) -> (String, bool) {
        let p = &self.people[pi];
        let c = p.country;
        let who = c;
        let name = p.name.clone();
        let sp = if p.female { "spokeswoman" } else { "spokesman" };
        let k = self.r.below(3);
        match p.role {
            Role::Leader => match k {
                0 | 1 => (format!("{} {} {}", who.tadj, who.leader, name), false),
                _ => (
                    format!("{}, the {} {}", name, who.tadj, who.leader.to_lowercase()),
                    true,
                ),
            },
            Role::Fm => {
                let t = Self::fm_title(who);
                match k {
                    0 => (format!("{} {} {}", who.tadj, t, name), false),
                    1 => (
                        format!("{}, the {} {}", name, who.tadj, t.to_lowercase()),
                        true,
                    ),
                    _ if !who.org => (format!("{}, {} top diplomat", name, poss(who.name)), true),
                    _ => (format!("{} {} {}", who.tadj, t, name), false),
                }
            }
            Role::Dm => {
                let t = Self::dm_title(who);
                if k < 2 {
                    (format!("{} {} {}", who.tadj, t, name), false)
                } else {
                    (
                        format!("{}, the {} {}", name, who.tadj, t.to_lowercase()),
                        true,
                    )
                }
            }
            Role::Spokes => match k {
                0 => (
                    format!("{}, a {} for {}", name, sp, self.ministry(who)),
                    true,
                ),
                1 => (
                    format!("{} {} {}", self.ministry_title(who), sp, name),
                    false,
                ),
                _ => (
                    format!("{}, who speaks for {}", name, self.ministry(who)),
                    true,
                ),
            },
            Role::MilSpokes => match k {
                0 => (
                    format!("{}, a {} for the {} armed forces", name, sp, who.adj),
                    true,
                ),
                1 => (format!("{} military {} {}", who.tadj, sp, name), false),
                _ => (format!("{}, a {} for {}", name, sp, self.defmin(who)), true),
            },
            Role::Ambassador(host) => {
                let h = country(host);
                match k {
                    0 => (
                        format!("{}, {} ambassador to {}", name, poss(who.name), h.name),
                        true,
                    ),
                    1 => (
                        format!("the {} ambassador in {}, {}", who.adj, h.capital, name),
                        true,
                    ),
                    _ => (
                        format!("{}, the {} envoy to {}", name, who.adj, h.name),
                        true,
                    ),
                }
            }
            Role::Analyst => {
                let inst = p.inst;
                let city = if c.cities.is_empty() {
                    c.capital
                } else {
                    c.cities[0]
                };
                match self.r.below(4) {
                    0 => (format!("{} analyst {}", c.adj, name), false),
                    1 => (format!("{}, a senior fellow at {}", name, inst), true),
                    2 => (format!("{}, an analyst at {}", name, inst), true),
                    _ => (
                        format!(
                            "{}, who teaches international relations at {} University",
                            name, city
                        ),
                        true,
                    ),
                }
            }
            Role::Aid(o) => {
                let (org, short, _) = AID_ORGS[o];
                match k {
                    0 => (format!("{}, a spokesperson for {}", name, org), true),
                    1 => (format!("{} spokesperson {}", short, name), false),
                    _ => (format!("{}, {} regional director", name, poss(org)), true),
                }
            }
        }
    }

    fn register_person(&mut self, pi: usize) {
        let p = &mut self.people[pi];
        p.introduced = true;
        let role = match p.role {
            Role::Leader => p.country.leader.to_string(),
            Role::Fm => Self::fm_title(p.country).to_string(),
            Role::Dm => Self::dm_title(p.country).to_string(),
            Role::Spokes => "spokesperson".into(),
            Role::MilSpokes => "military spokesperson".into(),
            Role::Ambassador(_) => "ambassador".into(),
            Role::Analyst => "analyst".into(),
            Role::Aid(_) => "aid official".into(),
        };
        self.people_truth
            .push(json!({"name": p.name, "code": p.code, "role": role}));
    }

    /// Mention mid-sentence (an appositive intro carries its closing comma).
    fn np(&mut self, pi: usize) -> String {
        if self.people[pi].introduced {
            return self.people[pi].short.clone();
        }
        let (s, app) = self.intro(pi);
        self.register_person(pi);
        if app {
            s + ","
        } else {
            s
        }
    }

    /// Mention at the end of a sentence (no closing comma).
    fn np_end(&mut self, pi: usize) -> String {
        if self.people[pi].introduced {
            return self.people[pi].short.clone();
        }
        let (s, _) = self.intro(pi);
        self.register_person(pi);
        s
    }

    /// Where person `pi` plausibly speaks from: an ambassador in the host
    /// capital, a visiting minister at the venue, anyone else at home.
    fn where_is(&self, pi: usize) -> &'static str {
        let p = &self.people[pi];
        match p.role {
            Role::Ambassador(host) => country(host).capital,
            Role::Fm | Role::Leader
                if !self.dateline_city.is_empty()
                    && matches!(
                        self.kind,
                        Kind::Meeting | Kind::Visit | Kind::Agreement | Kind::Ceasefire
                    ) =>
            {
                self.dateline_city
            }
            _ => p.country.capital,
        }
    }

    fn pron(&self, pi: usize) -> &'static str {
        if self.people[pi].female {
            "she"
        } else {
            "he"
        }
    }

    fn his(&self, pi: usize) -> &'static str {
        if self.people[pi].female {
            "her"
        } else {
            "his"
        }
    }

    /// A person or a government as the subject of a statement.
    fn subj(&mut self, c: &'static Country) -> String {
        self.subj2(c).0
    }

    /// Like `subj`, also telling whether the subject is a person.
    fn subj2(&mut self, c: &'static Country) -> (String, bool) {
        if self.chance(0.45) {
            let role = self.pick(&[Role::Fm, Role::Fm, Role::Leader, Role::Spokes]);
            let pi = self.person(c, role);
            (self.np(pi), true)
        } else {
            (self.cr(c), false)
        }
    }

    /// The bare full name on first mention (registered), the short name after.
    fn bare_name(&mut self, pi: usize) -> String {
        if self.people[pi].introduced {
            return self.people[pi].short.clone();
        }
        self.register_person(pi);
        self.people[pi].name.clone()
    }

    // --------------------------------------------------------------- dates

    fn reg_date(&mut self, text: &str, raw: &Raw) {
        let mut v = json!({"text": text, "value": raw.value, "precision": raw.precision});
        if let Some(e) = &raw.end {
            v["end"] = json!(e);
        }
        self.dates.push(v);
    }

    fn past_raw(&mut self, reach: Reach) -> Raw {
        let p = self.p;
        let uk = self.uk;
        let day = |d: Date, text: String| Raw {
            text,
            value: d.iso(),
            precision: "day",
            end: None,
        };
        let w: &[u32] = match reach {
            Reach::Recent => &[40, 14, 5, 5, 0, 0, 0, 0, 0, 0, 3, 0, 0],
            Reach::Medium => &[22, 22, 4, 3, 10, 5, 4, 0, 0, 0, 6, 0, 3],
            Reach::Old => &[0, 0, 0, 0, 0, 0, 0, 14, 6, 3, 0, 0, 4],
        };
        match self.r.weighted(w) {
            0 => {
                let d = p.add_days(-(self.r.range(1, 6) as i64));
                day(d, format!("on {}", d.weekday_name()))
            }
            1 => {
                let d = p.add_days(-(self.r.range(1, 12) as i64));
                day(d, format!("on {}", d.month_day(uk)))
            }
            2 => {
                let d = p.add_days(-1);
                day(d, "yesterday".into())
            }
            3 => {
                let d = p.add_days(-(self.r.range(1, 6) as i64));
                let t = if uk {
                    format!("on {} {}", d.weekday_name(), d.month_day(true))
                } else {
                    format!("on {}, {}", d.weekday_name(), d.month_day(false))
                };
                day(d, t)
            }
            4 => {
                let d = p.add_days(-(self.r.range(10, 45) as i64));
                day(d, format!("on {}", d.month_day(uk)))
            }
            5 => {
                let s = p.week_start().add_days(-7);
                Raw {
                    text: "last week".into(),
                    value: s.iso(),
                    precision: "week",
                    end: Some(s.add_days(6).iso()),
                }
            }
            6 if p.d >= 10 => Raw {
                text: "earlier this month".into(),
                value: p.ym(),
                precision: "month",
                end: None,
            },
            6 | 9 => {
                let m = p.month_offset(-1);
                Raw {
                    text: "last month".into(),
                    value: m.ym(),
                    precision: "month",
                    end: None,
                }
            }
            7 => {
                let m = p.month_offset(-(self.r.range(3, 40) as i32));
                Raw {
                    text: format!("in {} {}", m.month_name(), m.y),
                    value: m.ym(),
                    precision: "month",
                    end: None,
                }
            }
            8 => {
                let y = p.y - self.r.range(2, 8) as i32;
                Raw {
                    text: format!("in {y}"),
                    value: y.to_string(),
                    precision: "year",
                    end: None,
                }
            }
            10 => {
                let d = p.add_days(-(self.r.range(2, 4) as i64));
                let t = format!("{} days ago", num((p.days() - d.days()) as usize));
                day(d, t)
            }
            11 => {
                // A two- or three-day range inside one month.
                let len = self.r.range(1, 2) as i64;
                let mut s = p.add_days(-(self.r.range(4, 40) as i64));
                if s.d as i64 + len > Date::days_in_month(s.y, s.m) as i64 {
                    s = s.add_days(-len);
                }
                self.range_raw(s, len)
            }
            _ => {
                let y = p.y - 1;
                Raw {
                    text: "last year".into(),
                    value: y.to_string(),
                    precision: "year",
                    end: None,
                }
            }
        }
    }

    fn range_raw(&mut self, s: Date, len: i64) -> Raw {
        let e = s.add_days(len);
        let mon = s.month_name();
        let text = match (self.uk, len, self.r.below(2)) {
            (true, 1, 0) => format!("on {} and {} {}", s.d, e.d, mon),
            (true, _, _) => format!("from {} to {} {}", s.d, e.d, mon),
            (false, 1, 0) => format!("on {} {} and {}", mon, s.d, e.d),
            (false, _, 0) => format!("from {} {} to {}", mon, s.d, e.d),
            (false, _, _) => format!("between {} {} and {} {}", mon, s.d, mon, e.d),
        };
        Raw {
            text,
            value: s.iso(),
            precision: "range",
            end: Some(e.iso()),
        }
    }

    fn future_raw(&mut self) -> Raw {
        let p = self.p;
        let uk = self.uk;
        let day = |d: Date, text: String| Raw {
            text,
            value: d.iso(),
            precision: "day",
            end: None,
        };
        match self.r.weighted(&[28, 5, 18, 18, 7, 8, 6, 0, 2]) {
            0 => {
                let d = p.add_days(self.r.range(1, 6) as i64);
                day(d, format!("on {}", d.weekday_name()))
            }
            1 => day(p.add_days(1), "tomorrow".into()),
            2 => {
                let s = p.week_start().add_days(7);
                Raw {
                    text: "next week".into(),
                    value: s.iso(),
                    precision: "week",
                    end: Some(s.add_days(6).iso()),
                }
            }
            3 => {
                let d = p.add_days(self.r.range(5, 50) as i64);
                day(d, format!("on {}", d.month_day(uk)))
            }
            4 if p.d <= 22 => Raw {
                text: "later this month".into(),
                value: p.ym(),
                precision: "month",
                end: None,
            },
            4 | 5 => {
                let m = p.month_offset(1);
                Raw {
                    text: "next month".into(),
                    value: m.ym(),
                    precision: "month",
                    end: None,
                }
            }
            6 => {
                let m = p.month_offset(self.r.range(2, 7) as i32);
                Raw {
                    text: format!("in {}", m.month_name()),
                    value: m.ym(),
                    precision: "month",
                    end: None,
                }
            }
            7 => {
                let len = self.r.range(1, 2) as i64;
                let mut s = p.add_days(self.r.range(6, 50) as i64);
                if s.d as i64 + len > Date::days_in_month(s.y, s.m) as i64 {
                    s = s.add_days(len + 1);
                }
                self.range_raw(s, len)
            }
            _ => {
                let y = p.y + 1;
                Raw {
                    text: "next year".into(),
                    value: y.to_string(),
                    precision: "year",
                    end: None,
                }
            }
        }
    }

    fn place(&mut self, raw: Raw, lead: bool) -> Dt {
        let text = if lead {
            cap(&raw.text)
        } else {
            raw.text.clone()
        };
        self.reg_date(&text, &raw);
        let phrase = if lead {
            format!("{text}, ")
        } else {
            format!(" {text}")
        };
        Dt {
            phrase,
            text: Some(text),
            value: Some(raw.value),
            end: raw.end,
        }
    }

    /// A past date mid-sentence, with probability `p`.
    fn dpast(&mut self, reach: Reach, p: f64) -> Dt {
        if self.chance(p) {
            let raw = self.past_raw(reach);
            self.place(raw, false)
        } else {
            Dt::none()
        }
    }

    fn dpast_lead(&mut self, reach: Reach) -> Dt {
        let raw = self.past_raw(reach);
        self.place(raw, true)
    }

    fn dfut(&mut self, p: f64) -> Dt {
        if self.chance(p) {
            let raw = self.future_raw();
            self.place(raw, false)
        } else {
            Dt::none()
        }
    }

    /// A two- or three-day span of talks ("on April 2 and 3", "from 2 to 4
    /// June"), in the past or the future.
    fn drange(&mut self, future: bool) -> Dt {
        let len = self.r.range(1, 2) as i64;
        let mut s = if future {
            self.p.add_days(self.r.range(6, 50) as i64)
        } else {
            self.p.add_days(-(self.r.range(4, 40) as i64))
        };
        if s.d as i64 + len > Date::days_in_month(s.y, s.m) as i64 {
            s = if future {
                s.add_days(len + 1)
            } else {
                s.add_days(-len)
            };
        }
        let raw = self.range_raw(s, len);
        self.place(raw, false)
    }

    /// " since July 2022" / " since 2017", registered as a date.
    fn since(&mut self) -> Dt {
        let p = self.p;
        let raw = if self.chance(0.5) {
            let m = p.month_offset(-(self.r.range(3, 40) as i32));
            Raw {
                text: format!("since {} {}", m.month_name(), m.y),
                value: m.ym(),
                precision: "month",
                end: None,
            }
        } else {
            let y = p.y - self.r.range(2, 10) as i32;
            Raw {
                text: format!("since {y}"),
                value: y.to_string(),
                precision: "year",
                end: None,
            }
        };
        self.place(raw, false)
    }

    // -------------------------------------------------------------- events

    fn push(&mut self, e: Ev, d: &Dt, sentence: &str) {
        // Random draws can restate an earlier event (same type, parties,
        // date, status and polarity); mark it so scorers can merge the two.
        let dup = d.value.as_ref().and_then(|v| {
            self.events.iter().position(|o| {
                o["event"] == e.t
                    && o["actor"] == json!(e.actor)
                    && o["recipient"] == json!(e.recipient)
                    && o["date"] == json!(v)
                    && o["status"] == e.status
                    && o["negated"] == e.negated
            })
        });
        if let Some(k) = dup {
            self.events.push(json!({
                "event": e.t,
                "mode": e.mode,
                "actor": e.actor,
                "recipient": e.recipient,
                "date": d.value,
                "enddate": d.end,
                "date_text": d.text,
                "status": e.status,
                "negated": e.negated,
                "location_country": e.loc,
                "symmetric": e.symmetric,
                "sentence": sentence,
                "duplicate_of": k,
            }));
            return;
        }
        self.events.push(json!({
            "event": e.t,
            "mode": e.mode,
            "actor": e.actor,
            "recipient": e.recipient,
            "date": d.value,
            "enddate": d.end,
            "date_text": d.text,
            "status": e.status,
            "negated": e.negated,
            "location_country": e.loc,
            "symmetric": e.symmetric,
            "sentence": sentence,
        }));
    }

    // ---------------------------------------------------------------- lede

    fn lede(&mut self) -> String {
        let body = match self.kind {
            Kind::Meeting | Kind::Visit => self.lede_meeting(),
            Kind::Call => self.lede_call(),
            Kind::Agreement => self.lede_agreement(),
            Kind::Row => self.lede_row(),
            Kind::Sanctions => self.lede_sanctions(),
            Kind::Escalation => self.lede_escalation(),
            Kind::Ceasefire => self.lede_ceasefire(),
            Kind::Aid => self.lede_aid(),
        };
        let dateline = if self.site.dateline && self.chance(0.7) {
            let c = if self.dateline_city.is_empty() {
                self.a.capital
            } else {
                self.dateline_city
            };
            format!("{} — ", c.to_uppercase())
        } else {
            String::new()
        };
        format!("{dateline}{body}")
    }

    fn lede_meeting(&mut self) -> String {
        let (a, b) = (self.a, self.b);
        let role = if self.chance(0.6) {
            Role::Fm
        } else {
            Role::Leader
        };
        let pa = self.person(a, role);
        let pb = self.person(b, role);
        let venue = if self.kind == Kind::Visit {
            0
        } else {
            self.r.weighted(&[45, 20, 35])
        };
        let (city, loc, host): (&str, &str, Option<&'static Country>) = match venue {
            0 => (b.capital, b.code, Some(b)),
            1 => (a.capital, a.code, Some(a)),
            _ => (self.mcity, self.m.code, None),
        };
        self.dateline_city = city;
        let mut ev = Ev::new("CONSULT", &[a.code], &[b.code]).at(loc);
        if host.is_some() {
            ev = ev.mode("visit");
        }
        let topic = self.topic;
        let s = match (host.map(|h| h.code == b.code), self.r.below(4)) {
            (Some(true), 0) => {
                let d = self.dpast(Reach::Recent, 0.95);
                let s = format!(
                    "{} arrived in {}{} for a two-day visit, holding talks with {} on {} and other issues.",
                    cap(&self.np(pa)),
                    city,
                    d.phrase,
                    self.np(pb),
                    topic
                );
                self.push(ev, &d, &s);
                s
            }
            (Some(true), 1) => {
                let d = self.dpast_lead(Reach::Recent);
                let who = self.np(pa);
                let his = self.his(pa);
                let cp = self.bare_name(pb);
                let s = format!(
                    "{}{} travelled to {} for talks with {} {} counterpart, {}, on {}, the first such visit in {} years.",
                    d.phrase,
                    who,
                    city,
                    his,
                    b.adj,
                    cp,
                    topic,
                    num(self.r.range(2, 9))
                );
                self.push(ev, &d, &s);
                s
            }
            (_, 2) => {
                let d = if self.chance(0.3) {
                    self.drange(false)
                } else {
                    self.dpast(Reach::Recent, 0.95)
                };
                let s = format!(
                    "{} and {} held talks in {}{}, focusing on {} as well as {}.",
                    cap(&self.np(pa)),
                    self.np(pb),
                    city,
                    d.phrase,
                    topic,
                    self.pick_topic()
                );
                self.push(ev.sym(), &d, &s);
                s
            }
            _ => {
                let d = self.dpast(Reach::Recent, 0.95);
                let s = format!(
                    "{} met {} in {}{} for talks on {}, according to {}.",
                    cap(&self.np(pa)),
                    self.np(pb),
                    city,
                    d.phrase,
                    topic,
                    self.ministry(a)
                );
                self.push(ev, &d, &s);
                s
            }
        };
        let (sa, sb) = (self.people[pa].short.clone(), self.people[pb].short.clone());
        self.caption_hint = format!("{sa} and {sb} before their talks in {city}.");
        self.title = match self.r.below(4) {
            0 => format!(
                "{} and {} hold talks in {} on {}",
                a.hname, b.hname, city, topic
            ),
            1 => format!("{sa} meets {sb} in {city} as both sides look for common ground"),
            2 => format!("{} and {} discuss {} in {}", sa, sb, topic, city),
            _ => format!(
                "{} {} visits {} for talks on {}",
                a.adj,
                role_word(role),
                city,
                topic
            ),
        };
        let follow = match self.r.below(4) {
            0 => format!(
                " The talks come amid growing friction over {}.",
                self.pick_topic()
            ),
            1 => " Neither side gave details of any agreements.".to_string(),
            2 => format!(
                " Officials described the atmosphere as {}.",
                self.pick(&["businesslike", "cordial", "tense at times", "constructive"])
            ),
            _ => String::new(),
        };
        s + &follow
    }

    fn lede_call(&mut self) -> String {
        let (a, b) = (self.a, self.b);
        let role = if self.chance(0.55) {
            Role::Leader
        } else {
            Role::Fm
        };
        let pa = self.person(a, role);
        let pb = self.person(b, role);
        let ev = Ev::new("CONSULT", &[a.code], &[b.code]).mode("phone");
        let topic = self.topic;
        let s = match self.r.below(4) {
            0 => {
                let d = self.dpast(Reach::Recent, 0.95);
                let s = format!(
                    "{} held a phone call with {}{}, discussing {} and the situation in the region, {} said.",
                    cap(&self.np(pa)),
                    self.np(pb),
                    d.phrase,
                    topic,
                    self.ministry(a)
                );
                self.push(ev, &d, &s);
                s
            }
            1 => {
                let d = self.dpast(Reach::Recent, 0.95);
                let s = format!(
                    "{} and {} spoke by telephone{} about {}, their first conversation in months.",
                    cap(&self.np(pa)),
                    self.np(pb),
                    d.phrase,
                    topic
                );
                self.push(ev.sym(), &d, &s);
                s
            }
            2 => {
                let d = self.dpast_lead(Reach::Recent);
                let s = format!(
                    "{}{} told {} in a phone call that {} was ready to work on {}.",
                    d.phrase,
                    self.np(pa),
                    self.np(pb),
                    a.name,
                    topic
                );
                self.push(ev, &d, &s);
                s
            }
            _ => {
                let d = self.dpast(Reach::Recent, 0.95);
                let s = format!(
                    "{} phoned {}{} to discuss {}, according to a readout published by {}.",
                    cap(&self.np(pa)),
                    self.np(pb),
                    d.phrase,
                    topic,
                    self.ministry(a)
                );
                self.push(ev, &d, &s);
                s
            }
        };
        let (sa, sb) = (self.people[pa].short.clone(), self.people[pb].short.clone());
        self.caption_hint = format!("{sa} speaks on the phone in {}.", a.capital);
        self.title = match self.r.below(3) {
            0 => format!("{sa} and {sb} discuss {topic} in phone call"),
            1 => format!(
                "{} and {} {} talk by phone amid {} dispute",
                a.hname,
                b.hname,
                if role == Role::Leader {
                    "leaders"
                } else {
                    "foreign ministers"
                },
                topic
            ),
            _ => format!("{sa} tells {sb} {} is ready for talks on {topic}", a.hname),
        };
        s
    }

    fn lede_agreement(&mut self) -> String {
        let (a, b) = (self.a, self.b);
        let item = self.pick_fit(AGREEMENTS);
        let city = match self.r.below(3) {
            0 => b.capital,
            1 => a.capital,
            _ => self.mcity,
        };
        let loc = if city == b.capital {
            b.code
        } else if city == a.capital {
            a.code
        } else {
            self.m.code
        };
        self.dateline_city = city;
        let ev = Ev::joint("AGREE", &[a.code, b.code]).at(loc);
        let s = match self.r.below(3) {
            0 => {
                let d = self.dpast(Reach::Recent, 0.95);
                let s = format!(
                    "{} and {} signed {}{} in {}, capping months of negotiations.",
                    a.name, b.name, item, d.phrase, city
                );
                cap(&self.sentence_done(ev, &d, s))
            }
            1 => {
                let d = self.dpast_lead(Reach::Recent);
                let pa = self.person(a, Role::Fm);
                let pb = self.person(b, Role::Fm);
                let s = format!(
                    "{}{} and {} signed {} at a ceremony in {}.",
                    d.phrase,
                    self.np(pa),
                    self.np(pb),
                    item,
                    city
                );
                self.sentence_done(ev, &d, s)
            }
            _ => {
                let d = self.dpast(Reach::Recent, 0.95);
                let s = format!(
                    "{} and {} reached {}{} after two days of talks in {}, officials from both sides said.",
                    cap(a.name),
                    b.name,
                    item,
                    d.phrase,
                    city
                );
                self.sentence_done(ev, &d, s)
            }
        };
        self.caption_hint = format!(
            "Delegations from {} and {} at the signing ceremony in {}.",
            a.name, b.name, city
        );
        let short_item = item.split_once(' ').map(|x| x.1).unwrap_or(item);
        self.title = match self.r.below(3) {
            0 => format!("{} and {} sign {}", a.hname, b.hname, short_item),
            1 => format!(
                "{} and {} seal {} after months of talks",
                a.hname, b.hname, short_item
            ),
            _ => format!("{}-{} deal: what is in {}", a.hname, b.hname, item),
        };
        let follow = format!(
            " The document runs to more than {} pages and also covers {}.",
            self.r.range(12, 90),
            self.pick_topic()
        );
        s + &follow
    }

    fn sentence_done(&mut self, ev: Ev, d: &Dt, s: String) -> String {
        let s = cap(&s);
        self.push(ev, d, &s);
        s
    }

    fn lede_row(&mut self) -> String {
        let (a, b) = (self.a, self.b);
        let off = self.pick_fit(OFFENSES);
        let lv = self.r.below(3);
        self.mark_used(key_id(["ACCUSE", "PROTEST", "PROTEST"][lv]), [0, 0, 2][lv]);
        let s = match lv {
            0 => {
                let d = self.dpast(Reach::Recent, 0.95);
                let sj = self.subj(a);
                let s = format!(
                    "{} accused {}{} of {}, the latest twist in a months-long dispute.",
                    sj, b.name, d.phrase, off
                );
                self.sentence_done(Ev::new("ACCUSE", &[a.code], &[b.code]), &d, s)
            }
            1 => {
                let d = self.dpast(Reach::Recent, 0.95);
                let s = format!(
                    "{} summoned the {} ambassador{} to protest against what it called {} by {} officials.",
                    self.ministry(a),
                    b.adj,
                    d.phrase,
                    self.pick(&["provocative statements", "repeated violations of its airspace", "the mistreatment of its citizens", "interference in its internal affairs"]),
                    b.adj
                );
                self.sentence_done(Ev::new("PROTEST", &[a.code], &[b.code]).at(a.code), &d, s)
            }
            _ => {
                let d = self.dpast(Reach::Recent, 0.95);
                let cr = self.crc(a);
                let s = format!(
                    "{} lodged a formal protest with {}{} over {}.",
                    cr,
                    b.name,
                    d.phrase,
                    self.pick_fit(INCIDENTS)
                );
                self.sentence_done(Ev::new("PROTEST", &[a.code], &[b.code]), &d, s)
            }
        };
        self.caption_hint = format!("The {} embassy in {}.", b.adj, a.capital);
        self.title = match self.r.below(3) {
            0 => format!("{} accuses {} of {}", a.hname, b.hname, off),
            1 => format!("{} summons {} envoy as row deepens", a.hname, b.adj),
            _ => format!(
                "Diplomatic row between {} and {} escalates",
                a.hname, b.hname
            ),
        };
        s
    }

    fn lede_sanctions(&mut self) -> String {
        let (a, b) = (self.a, self.b);
        let ev = Ev::new("SANCTION", &[a.code], &[b.code]);
        let lv = self.r.below(3);
        self.mark_used(key_id("SANCTION"), [0, 1, 3][lv]);
        let s = match lv {
            0 => {
                let d = self.dpast(Reach::Recent, 0.95);
                let cr = self.crc(a);
                let s = format!(
                    "{} imposed sanctions{} on {} {} officials and {} companies it linked to {}.",
                    cr,
                    d.phrase,
                    num(self.r.range(4, 30)),
                    b.adj,
                    num(self.r.range(2, 12)),
                    self.pick(&[
                        "human rights abuses",
                        "cyberattacks",
                        "the supply of drones",
                        "sanctions evasion",
                        "election interference"
                    ])
                );
                self.title = format!("{} sanctions {} officials", a.hname, b.adj);
                self.sentence_done(ev, &d, s)
            }
            1 => {
                let n = self.r.range(2, 12);
                let d = self.dpast(Reach::Recent, 0.95);
                let cr = self.crc(a);
                let s = format!(
                    "{} expelled {} {} diplomats{}, giving them {} hours to leave the country.",
                    cr,
                    num(n),
                    b.adj,
                    d.phrase,
                    self.pick(&[48, 72, 24])
                );
                self.title = format!("{} expels {} {} diplomats", a.hname, num(n), b.adj);
                self.sentence_done(ev.at(a.code), &d, s)
            }
            _ => {
                let d = self.dpast(Reach::Recent, 0.95);
                let cr = self.crc(a);
                let com = self.pick(COMMODITIES);
                let why = match self.r.below(3) {
                    0 => "security concerns".to_string(),
                    1 => "unfair trade practices".to_string(),
                    _ => format!("the dispute over {}", self.topic),
                };
                let s = format!(
                    "{} banned imports of {} from {}{}, citing {}.",
                    cr, com, b.name, d.phrase, why
                );
                self.title = format!("{} bans {} imports from {}", a.hname, com, b.hname);
                self.sentence_done(ev, &d, s)
            }
        };
        self.caption_hint = format!("The government quarter in {}.", a.capital);
        s
    }

    fn lede_escalation(&mut self) -> String {
        let (a, b) = (self.a, self.b);
        let city = self.city(b, 0.1);
        self.used_lines.push(city.to_string());
        self.dateline_city = city;
        let infra = self.pick(INFRA);
        let ev = Ev::new("ASSAULT", &[a.code], &[b.code]).at(b.code);
        let s = match self.r.below(4) {
            0 => {
                let d = self.dpast(Reach::Recent, 0.95);
                let s = format!(
                    "{} drones struck {}{}, hitting {} and killing at least {} people, {} officials said.",
                    a.adj,
                    city,
                    d.phrase,
                    infra,
                    num(self.r.range(2, 14)),
                    b.adj
                );
                self.sentence_done(ev.status("claimed"), &d, s)
            }
            1 => {
                let d = self.dpast(Reach::Recent, 0.95);
                let s = format!(
                    "{} forces shelled the outskirts of {}{}, damaging {}.",
                    a.adj, city, d.phrase, infra
                );
                self.sentence_done(ev, &d, s)
            }
            2 => {
                let d = self.dpast_lead(Reach::Recent);
                let cr = self.cr(a);
                let s = format!(
                    "{}{} launched a wave of missile strikes on {}, {} said.",
                    d.phrase,
                    cr,
                    city,
                    self.defmin(b)
                );
                self.sentence_done(ev.status("claimed"), &d, s)
            }
            _ => {
                let d = self.dpast(Reach::Recent, 0.95);
                let s = format!(
                    "{} said its forces had struck {} military positions near {}{}.",
                    cap(&self.defmin(a)),
                    b.adj,
                    city,
                    d.phrase
                );
                self.sentence_done(ev.status("claimed"), &d, s)
            }
        };
        self.caption_hint = format!("Smoke rises over {city}.");
        self.title = match self.r.below(3) {
            0 => format!("{} strikes hit {} as fighting intensifies", a.adj, city),
            1 => format!(
                "{} says {} attack on {} killed civilians",
                b.hname, a.adj, city
            ),
            _ => format!("Fighting flares near {city}"),
        };
        s
    }

    fn lede_ceasefire(&mut self) -> String {
        let (a, b, m) = (self.a, self.b, self.m);
        let mcity = self.mcity;
        self.dateline_city = mcity;
        let s = match self.r.below(3) {
            0 => {
                let d = self.dpast(Reach::Recent, 0.95);
                let s = format!(
                    "{} and {} agreed{} to a ceasefire following talks mediated by {} in {}.",
                    a.name, b.name, d.phrase, m.name, mcity
                );
                self.title = format!(
                    "{} and {} agree ceasefire after talks in {}",
                    a.hname, b.hname, mcity
                );
                self.sentence_done(Ev::joint("AGREE", &[a.code, b.code]).at(m.code), &d, s)
            }
            1 => {
                let d = self.dpast(Reach::Recent, 0.95);
                let cr = self.crc(a);
                let s = format!(
                    "{} declared a unilateral {}-hour ceasefire{}, saying it wanted to give diplomacy a chance.",
                    cr,
                    self.pick(&[24, 48, 72]),
                    d.phrase
                );
                self.title = format!(
                    "{} declares unilateral truce in conflict with {}",
                    a.hname, b.hname
                );
                self.sentence_done(Ev::new("CONCEDE", &[a.code], &[b.code]), &d, s)
            }
            _ => {
                let d = self.dpast_lead(Reach::Recent);
                let s = format!(
                    "{}negotiators from {} and {} agreed on a {}-day truce at talks hosted by {} in {}.",
                    d.phrase,
                    a.name,
                    b.name,
                    self.pick(&[10, 14, 30, 60]),
                    m.name,
                    mcity
                );
                self.title = format!("Truce deal reached in {}", mcity);
                self.sentence_done(Ev::joint("AGREE", &[a.code, b.code]).at(m.code), &d, s)
            }
        };
        self.caption_hint = format!("The venue of the talks in {mcity}.");
        let follow = format!(
            " The truce is meant to pave the way for talks on {}.",
            self.pick(&[
                "a lasting settlement",
                "the exchange of prisoners",
                "the return of displaced people",
                "a demilitarised zone"
            ])
        );
        s + &follow
    }

    fn lede_aid(&mut self) -> String {
        let (a, b) = (self.a, self.b);
        self.dateline_city = b.capital;
        let lv = self.r.below(3);
        self.mark_used(key_id("AID"), lv);
        let s = match lv {
            0 => {
                let d = self.dpast(Reach::Recent, 0.95);
                let cr = self.crc(a);
                let n = self.r.range(20, 900);
                let s = format!(
                    "{} delivered {} tonnes of humanitarian aid to {}{}, including food, medicine and {}.",
                    cr,
                    n,
                    b.name,
                    d.phrase,
                    self.pick(&["winter clothing", "generators", "water purification equipment", "tents"])
                );
                self.title = format!("{} sends {} tonnes of aid to {}", a.hname, n, b.hname);
                self.sentence_done(Ev::new("AID", &[a.code], &[b.code]).at(b.code), &d, s)
            }
            1 => {
                let d = self.dpast(Reach::Recent, 0.95);
                let cr = self.crc(a);
                let n = self.r.range(5, 900);
                let s = format!(
                    "{} announced a ${} million aid package for {}{}, its largest so far.",
                    cr, n, b.name, d.phrase
                );
                self.title = format!("{} pledges ${}m for {}", a.hname, n, b.hname);
                self.sentence_done(Ev::new("AID", &[a.code], &[b.code]), &d, s)
            }
            _ => {
                let city = self.city(b, 0.3);
                let d = self.dpast(Reach::Recent, 0.95);
                let s = format!(
                    "A convoy of {} trucks carrying food and medical supplies from {} reached {}{}, aid officials said.",
                    self.r.range(12, 120),
                    a.name,
                    city,
                    d.phrase
                );
                self.title = format!("{} aid convoy reaches {}", a.adj, city);
                self.sentence_done(Ev::new("AID", &[a.code], &[b.code]).at(b.code), &d, s)
            }
        };
        self.caption_hint = "Aid trucks wait at a border crossing.".to_string();
        s
    }

    // ----------------------------------------------------- event sentences

    /// One event sentence of a type that suits (x acting on y).
    fn event_sentence(&mut self, t: &str, x: &'static Country, y: &'static Country) -> String {
        match t {
            "CONSULT" => self.e_consult(x, y),
            "AGREE" => self.e_agree(x, y),
            "SUPPORT" => self.e_support(x, y),
            "CONCEDE" => self.e_concede(x, y),
            "COOPERATE" => self.e_cooperate(x, y),
            "AID" => self.e_aid(x, y),
            "RETREAT" => self.e_retreat(x, y),
            "REQUEST" => self.e_request(x, y),
            "ACCUSE" => self.e_accuse(x, y),
            "REJECT" => self.e_reject(x, y),
            "THREATEN" => self.e_threaten(x, y),
            "PROTEST" => self.e_protest(x, y),
            "SANCTION" => self.e_sanction(x, y),
            "MOBILIZE" => self.e_mobilize(x, y),
            "COERCE" => self.e_coerce(x, y),
            _ => self.e_assault(x, y),
        }
    }

    fn e_consult(&mut self, x: &'static Country, y: &'static Country) -> String {
        let role = if self.chance(0.5) {
            Role::Fm
        } else {
            Role::Leader
        };
        match self.variant("CONSULT", &[20, 15, 15, 12, 8, 10]) {
            0 => {
                let (px, py) = (self.person(x, role), self.person(y, role));
                let d = self.dpast(Reach::Medium, 0.85);
                let who = cap(&self.np(px));
                let s = format!(
                    "{} also spoke by phone{} with {}.",
                    who,
                    d.phrase,
                    self.np_end(py)
                );
                self.sentence_done(
                    Ev::new("CONSULT", &[x.code], &[y.code]).mode("phone"),
                    &d,
                    s,
                )
            }
            1 => {
                let (px, py) = (self.person(x, role), self.person(y, role));
                let (summit, fixed_city, fixed_code) = self.pick(SUMMITS);
                let (sc, city) = if fixed_city.is_empty() {
                    let sc = non_org(&mut self.r, 0.4);
                    (sc, sc.capital)
                } else {
                    (country(fixed_code), fixed_city)
                };
                let d = self.dpast(Reach::Medium, 0.85);
                let s = format!(
                    "{} met {} on the sidelines of {} in {}{}.",
                    cap(&self.np(px)),
                    self.np(py),
                    summit,
                    city,
                    d.phrase
                );
                self.sentence_done(Ev::new("CONSULT", &[x.code], &[y.code]).at(sc.code), &d, s)
            }
            2 => {
                let (px, py) = (self.person(x, role), self.person(y, role));
                let d = self.dfut(0.9);
                let s = format!(
                    "{} is expected to travel to {}{} for talks with {}.",
                    cap(&self.np(px)),
                    y.capital,
                    d.phrase,
                    self.np_end(py)
                );
                self.sentence_done(
                    Ev::new("CONSULT", &[x.code], &[y.code])
                        .mode("visit")
                        .status("planned")
                        .at(y.code),
                    &d,
                    s,
                )
            }
            3 => {
                let city = if self.chance(0.5) {
                    self.mcity
                } else {
                    y.capital
                };
                let loc = if city == y.capital {
                    y.code
                } else {
                    self.m.code
                };
                let d = if self.chance(0.4) {
                    self.drange(true)
                } else {
                    self.dfut(0.9)
                };
                let s = format!(
                    "The next round of talks between {} and {} is scheduled to take place in {}{}.",
                    x.name, y.name, city, d.phrase
                );
                self.sentence_done(
                    Ev::joint("CONSULT", &[x.code, y.code])
                        .status("planned")
                        .at(loc),
                    &d,
                    s,
                )
            }
            4 => {
                let (px, py) = (self.person(x, role), self.person(y, role));
                let d = self.dpast(Reach::Medium, 0.6);
                let s = format!(
                    "{} did not meet {} during the visit{}, officials said.",
                    cap(&self.np(px)),
                    self.np(py),
                    d.phrase
                );
                self.sentence_done(Ev::new("CONSULT", &[x.code], &[y.code]).neg(), &d, s)
            }
            _ => {
                let z = loop {
                    let z = non_org(&mut self.r, 0.5);
                    if z.code != x.code && z.code != y.code {
                        break z;
                    }
                };
                let city = self.city(z, 0.6);
                let d = self.dpast(Reach::Medium, 0.85);
                let s = format!(
                    "Foreign ministers from {}, {} and {} met in {}{} to coordinate their positions on {}.",
                    x.name,
                    y.name,
                    z.name,
                    city,
                    d.phrase,
                    self.topic
                );
                self.sentence_done(
                    Ev::joint("CONSULT", &[x.code, y.code, z.code]).at(z.code),
                    &d,
                    s,
                )
            }
        }
    }

    fn e_agree(&mut self, x: &'static Country, y: &'static Country) -> String {
        match self.variant("AGREE", &[25, 20, 15, 12]) {
            0 => {
                let d = self.dpast(Reach::Medium, 0.85);
                let act = self.pick_fit(JOINT_ACTIONS);
                let s = format!(
                    "{} and {} also agreed{} to {}.",
                    x.name, y.name, d.phrase, act
                );
                self.sentence_done(Ev::joint("AGREE", &[x.code, y.code]), &d, s)
            }
            1 => {
                let d = self.dpast(Reach::Medium, 0.85);
                let s = format!(
                    "The two sides signed a memorandum of understanding on {}{}.",
                    self.pick_topic(),
                    d.phrase
                );
                self.sentence_done(Ev::joint("AGREE", &[x.code, y.code]), &d, s)
            }
            2 => {
                let item = self.pick_fit(AGREEMENTS);
                let d = self.dfut(0.9);
                let s = format!(
                    "{} and {} are expected to sign {}{}.",
                    x.name, y.name, item, d.phrase
                );
                self.sentence_done(
                    Ev::joint("AGREE", &[x.code, y.code]).status("planned"),
                    &d,
                    s,
                )
            }
            _ => {
                let d = self.dpast(Reach::Medium, 0.5);
                let s = format!(
                    "The two sides failed to reach agreement on {}{}.",
                    self.pick_topic(),
                    d.phrase
                );
                self.sentence_done(Ev::joint("AGREE", &[x.code, y.code]).neg(), &d, s)
            }
        }
    }

    fn e_support(&mut self, x: &'static Country, y: &'static Country) -> String {
        let w: &[u32] = if self.kinetic {
            &[1, 1, 1, 1]
        } else {
            &[0, 1, 1, 1]
        };
        let k = self.variant("SUPPORT", w);
        match k {
            0 => {
                let d = self.dpast(Reach::Medium, 0.8);
                let (sj, person) = self.subj2(x);
                let whose = if person {
                    poss(x.name)
                } else {
                    "its".to_string()
                };
                let s = format!(
                    "{} reaffirmed{} {} support for {} sovereignty and territorial integrity.",
                    sj,
                    d.phrase,
                    whose,
                    poss(y.name)
                );
                self.sentence_done(Ev::new("SUPPORT", &[x.code], &[y.code]), &d, s)
            }
            1 => {
                let d = self.dpast(Reach::Medium, 0.8);
                let cr = self.crc(x);
                let s = format!(
                    "{} backed {} bid to join {}{}.",
                    cr,
                    poss(y.name),
                    self.pick(ORGS_TO_JOIN),
                    d.phrase
                );
                self.sentence_done(Ev::new("SUPPORT", &[x.code], &[y.code]), &d, s)
            }
            2 => {
                let d = self.dpast(Reach::Medium, 0.8);
                let cr = self.crc(x);
                let s = format!(
                    "{} voiced support{} for {} proposal on {}.",
                    cr,
                    d.phrase,
                    poss(y.name),
                    self.topic
                );
                self.sentence_done(Ev::new("SUPPORT", &[x.code], &[y.code]), &d, s)
            }
            _ => {
                let cr = self.crc(x);
                let s = format!("{} stopped short of endorsing {} plan, saying it needed more time to study it.", cr, poss(y.name));
                self.sentence_done(
                    Ev::new("SUPPORT", &[x.code], &[y.code]).neg(),
                    &Dt::none(),
                    s,
                )
            }
        }
    }

    fn e_concede(&mut self, x: &'static Country, y: &'static Country) -> String {
        let cr = self.crc(x);
        match self.variant("CONCEDE", &[1, 1, 1, 1, 1]) {
            0 => {
                let d = self.dpast(Reach::Medium, 0.85);
                let s = format!(
                    "{} released {} {} prisoners{} in what it described as a goodwill gesture.",
                    cr,
                    num(self.r.range(2, 40)),
                    y.adj,
                    d.phrase
                );
                self.sentence_done(Ev::new("CONCEDE", &[x.code], &[y.code]), &d, s)
            }
            1 => {
                let d = self.dpast(Reach::Medium, 0.85);
                let s = format!(
                    "{} eased visa requirements for {} citizens{}.",
                    cr, y.adj, d.phrase
                );
                self.sentence_done(Ev::new("CONCEDE", &[x.code], &[y.code]), &d, s)
            }
            2 => {
                let d = self.dpast(Reach::Medium, 0.85);
                let s = format!(
                    "{} lifted its ban on {} imports from {}{}.",
                    cr,
                    self.pick(COMMODITIES),
                    y.name,
                    d.phrase
                );
                self.sentence_done(Ev::new("CONCEDE", &[x.code], &[y.code]), &d, s)
            }
            3 => {
                let d = self.dfut(0.85);
                let s = format!("{} will allow international inspectors access to the disputed sites{}, officials said.", cr, d.phrase);
                self.sentence_done(
                    Ev::new("CONCEDE", &[x.code], &[y.code]).status("planned"),
                    &d,
                    s,
                )
            }
            _ => {
                let s = format!(
                    "{} has refused to release the {} detainees, despite repeated appeals.",
                    cr, y.adj
                );
                self.sentence_done(
                    Ev::new("CONCEDE", &[x.code], &[y.code]).neg(),
                    &Dt::none(),
                    s,
                )
            }
        }
    }

    fn e_cooperate(&mut self, x: &'static Country, y: &'static Country) -> String {
        match self.variant("COOPERATE", &[1, 1, 1, 1, 1]) {
            0 => {
                let city = self.city(x, 0.2);
                let d = if self.chance(0.4) {
                    self.drange(false)
                } else {
                    self.dpast(Reach::Medium, 0.85)
                };
                let s = format!(
                    "{} and {} held joint military exercises near {}{}.",
                    x.name, y.name, city, d.phrase
                );
                self.sentence_done(Ev::joint("COOPERATE", &[x.code, y.code]).at(x.code), &d, s)
            }
            1 => {
                let d = self.dpast(Reach::Medium, 0.85);
                let cr = self.crc(x);
                let s = format!(
                    "{} reopened its embassy in {}{}, {} years after closing it.",
                    cr,
                    y.capital,
                    d.phrase,
                    num(self.r.range(2, 11))
                );
                self.sentence_done(Ev::new("COOPERATE", &[x.code], &[y.code]).at(y.code), &d, s)
            }
            2 => {
                let d = self.dpast(Reach::Medium, 0.85);
                let cr = self.crc(x);
                let s = format!(
                    "{} extradited {} national wanted on fraud charges to {}{}.",
                    cr,
                    an(y.adj),
                    y.name,
                    d.phrase
                );
                self.sentence_done(Ev::new("COOPERATE", &[x.code], &[y.code]), &d, s)
            }
            3 => {
                let d = self.dfut(0.9);
                let s = format!(
                    "{} and {} will hold joint naval drills{}.",
                    cap(x.name),
                    y.name,
                    d.phrase
                );
                self.sentence_done(
                    Ev::joint("COOPERATE", &[x.code, y.code]).status("planned"),
                    &d,
                    s,
                )
            }
            _ => {
                let d = self.dpast(Reach::Medium, 0.85);
                let s = format!(
                    "{} and {} restored direct flights{} after a {}-year suspension.",
                    cap(x.name),
                    y.name,
                    d.phrase,
                    num(self.r.range(2, 6))
                );
                self.sentence_done(Ev::joint("COOPERATE", &[x.code, y.code]), &d, s)
            }
        }
    }

    fn e_aid(&mut self, x: &'static Country, y: &'static Country) -> String {
        let cr = self.crc(x);
        match self.variant("AID", &[25, 20, 20, 15, 8]) {
            0 => {
                let d = self.dpast(Reach::Medium, 0.85);
                let s = format!(
                    "{} delivered {} tonnes of humanitarian aid to {}{}.",
                    cr,
                    self.r.range(10, 500),
                    y.name,
                    d.phrase
                );
                self.sentence_done(Ev::new("AID", &[x.code], &[y.code]).at(y.code), &d, s)
            }
            1 if !x.org => {
                let d = self.dpast(Reach::Medium, 0.85);
                let s = format!(
                    "{} announced a ${} million military aid package for {}{}.",
                    cr,
                    self.r.range(50, 2500),
                    y.name,
                    d.phrase
                );
                self.sentence_done(Ev::new("AID", &[x.code], &[y.code]), &d, s)
            }
            1 | 2 => {
                let city = self.city(y, 0.3);
                let d = self.dpast(Reach::Medium, 0.85);
                let s = format!(
                    "A convoy of {} trucks carrying food and medicine from {} reached {}{}.",
                    self.r.range(10, 90),
                    x.name,
                    city,
                    d.phrase
                );
                self.sentence_done(Ev::new("AID", &[x.code], &[y.code]).at(y.code), &d, s)
            }
            3 => {
                let d = self.dfut(0.9);
                let s = format!(
                    "{} will send a further {} tonnes of aid to {}{}, officials said.",
                    cr,
                    self.r.range(20, 400),
                    y.name,
                    d.phrase
                );
                self.sentence_done(
                    Ev::new("AID", &[x.code], &[y.code]).status("planned"),
                    &d,
                    s,
                )
            }
            _ => {
                let s = format!(
                    "{} has not sent weapons to {}, limiting its help to humanitarian supplies.",
                    cr, y.name
                );
                self.sentence_done(Ev::new("AID", &[x.code], &[y.code]).neg(), &Dt::none(), s)
            }
        }
    }

    fn e_retreat(&mut self, x: &'static Country, y: &'static Country) -> String {
        let city = self.city(y, 0.1);
        let k = self.variant("RETREAT", &[1, 1, 1, 1]);
        let k = if k == 1 && !self.neighbours { 0 } else { k };
        match k {
            0 => {
                let d = self.dpast(Reach::Medium, 0.85);
                let cr = self.crc(x);
                let s = format!(
                    "{} withdrew about {} troops from positions near {}{}.",
                    cr,
                    self.r.range(2, 40) * 100,
                    city,
                    d.phrase
                );
                self.sentence_done(Ev::new("RETREAT", &[x.code], &[y.code]).at(y.code), &d, s)
            }
            1 => {
                let d = self.dpast(Reach::Medium, 0.85);
                let s = format!("{} forces pulled back from the border area{}, according to satellite images reviewed by analysts.", x.adj, d.phrase);
                self.sentence_done(Ev::new("RETREAT", &[x.code], &[y.code]), &d, s)
            }
            2 => {
                let d = self.dfut(0.9);
                let cr = self.crc(x);
                let tail = if matches!(self.kind, Kind::Ceasefire | Kind::Agreement) {
                    " under the terms of the deal"
                } else {
                    ", according to people familiar with the plans"
                };
                let s = format!(
                    "{} is expected to withdraw some of its forces from around {}{}{}.",
                    cr, city, d.phrase, tail
                );
                self.sentence_done(
                    Ev::new("RETREAT", &[x.code], &[y.code])
                        .status("planned")
                        .at(y.code),
                    &d,
                    s,
                )
            }
            _ => {
                let cr = self.crc(y);
                let s = format!(
                    "{} said {} troops had not withdrawn from {}, despite the agreement.",
                    cr, x.adj, city
                );
                self.sentence_done(
                    Ev::new("RETREAT", &[x.code], &[y.code])
                        .status("claimed")
                        .neg()
                        .at(y.code),
                    &Dt::none(),
                    s,
                )
            }
        }
    }

    fn e_request(&mut self, x: &'static Country, y: &'static Country) -> String {
        let dem = self.pick_fit(DEMANDS);
        match self.variant("REQUEST", &[3, 3, 3, 3, 1]) {
            0 => {
                let d = self.dpast(Reach::Medium, 0.7);
                let sj = self.subj(x);
                let s = format!("{} called on {}{} to {}.", sj, y.name, d.phrase, dem);
                self.sentence_done(Ev::new("REQUEST", &[x.code], &[y.code]), &d, s)
            }
            1 => {
                let d = self.dpast(Reach::Medium, 0.7);
                let sj = self.subj(x);
                let s = format!("{} urged {}{} to {}.", sj, y.name, d.phrase, dem);
                self.sentence_done(Ev::new("REQUEST", &[x.code], &[y.code]), &d, s)
            }
            2 => {
                let d = self.dpast(Reach::Medium, 0.7);
                let sj = self.subj(x);
                let s = format!("{} demanded{} that {} {}.", sj, d.phrase, y.name, dem);
                self.sentence_done(Ev::new("REQUEST", &[x.code], &[y.code]), &d, s)
            }
            3 => {
                let d = self.dpast(Reach::Medium, 0.7);
                let sj = self.subj(x);
                let s = format!("{} asked {}{} to {}.", sj, y.name, d.phrase, dem);
                self.sentence_done(Ev::new("REQUEST", &[x.code], &[y.code]), &d, s)
            }
            _ => {
                let cr = self.crc(x);
                let s = format!("{} has not formally asked {} to {}.", cr, y.name, dem);
                self.sentence_done(
                    Ev::new("REQUEST", &[x.code], &[y.code]).neg(),
                    &Dt::none(),
                    s,
                )
            }
        }
    }

    /// A third party urging both sides at once.
    fn e_request_both(&mut self, x: &'static Country) -> String {
        let (a, b) = (self.a.code, self.b.code);
        let d = self.dpast(Reach::Recent, 0.6);
        let sj = self.subj(x);
        const WHAT: [&str; 5] = [
            "exercise restraint",
            "return to the negotiating table",
            "avoid any steps that could inflame the situation",
            "resolve their differences through dialogue",
            "protect civilians",
        ];
        let what = WHAT[self.variant("BOTH", &[1, 1, 1, 1, 1])];
        let s = format!("{} urged both sides{} to {}.", sj, d.phrase, what);
        self.sentence_done(Ev::new("REQUEST", &[x.code], &[a, b]), &d, s)
    }

    fn e_accuse(&mut self, x: &'static Country, y: &'static Country) -> String {
        let off = self.pick_fit(OFFENSES);
        match self.variant("ACCUSE", &[30, 20, 20, 8]) {
            0 => {
                let d = self.dpast(Reach::Medium, 0.75);
                let sj = self.subj(x);
                let s = format!("{} accused {}{} of {}.", sj, y.name, d.phrase, off);
                self.sentence_done(Ev::new("ACCUSE", &[x.code], &[y.code]), &d, s)
            }
            1 => {
                let d = self.dpast(Reach::Medium, 0.75);
                let cr = self.crc(x);
                let s = format!(
                    "{} blamed {}{} for {}.",
                    cr,
                    y.name,
                    d.phrase,
                    self.pick_fit(INCIDENTS)
                );
                self.sentence_done(Ev::new("ACCUSE", &[x.code], &[y.code]), &d, s)
            }
            2 => {
                let d = self.dpast_lead(Reach::Medium);
                let m = self.ministry(x);
                let s = format!(
                    "{}{} accused {} of {} in a statement.",
                    d.phrase, m, y.name, off
                );
                self.sentence_done(Ev::new("ACCUSE", &[x.code], &[y.code]), &d, s)
            }
            _ => {
                let cr = self.crc(x);
                let s = format!(
                    "{} stopped short of directly accusing {} of {}.",
                    cr, y.name, off
                );
                self.sentence_done(
                    Ev::new("ACCUSE", &[x.code], &[y.code]).neg(),
                    &Dt::none(),
                    s,
                )
            }
        }
    }

    fn e_reject(&mut self, x: &'static Country, y: &'static Country) -> String {
        let w: [u32; 4] = if self.hostile() {
            [25, 25, 20, 10]
        } else {
            [30, 0, 15, 12]
        };
        match self.variant("REJECT", &w) {
            0 => {
                let d = self.dpast(Reach::Recent, 0.7);
                let sj = self.subj(x);
                let s = format!(
                    "{}{} rejected {} proposal for {}.",
                    sj,
                    d.phrase,
                    poss(y.name),
                    self.pick_fit(PROPOSALS)
                );
                self.sentence_done(Ev::new("REJECT", &[x.code], &[y.code]), &d, s)
            }
            1 => {
                let d = self.dpast(Reach::Recent, 0.7);
                let cr = self.crc(x);
                let s = format!(
                    "{}{} dismissed the accusations as {}.",
                    cr,
                    d.phrase,
                    self.pick(&[
                        "baseless",
                        "groundless",
                        "part of a smear campaign",
                        "an attempt to shift the blame"
                    ])
                );
                self.sentence_done(Ev::new("REJECT", &[x.code], &[y.code]), &d, s)
            }
            2 => {
                let d = self.dpast(Reach::Recent, 0.7);
                let cr = self.crc(x);
                let act = self.pick_fit(&[
                    "hand over the suspects",
                    "allow international monitors into the area",
                    "withdraw from the disputed area",
                    "sign the joint statement",
                    "reopen the border crossing",
                ]);
                let s = format!(
                    "{} refused{} to {}, insisting that {} had to move first.",
                    cr, d.phrase, act, y.name
                );
                self.sentence_done(Ev::new("REJECT", &[x.code], &[y.code]), &d, s)
            }
            _ => {
                let cr = self.crc(x);
                let s = format!(
                    "{} did not rule out {}, but said the conditions were not yet in place.",
                    cr,
                    self.pick_fit(PROPOSALS)
                );
                self.sentence_done(
                    Ev::new("REJECT", &[x.code], &[y.code]).neg(),
                    &Dt::none(),
                    s,
                )
            }
        }
    }

    fn e_threaten(&mut self, x: &'static Country, y: &'static Country) -> String {
        match self.variant("THREATEN", &[1, 1, 1, 1]) {
            0 => {
                let px = self.person(x, Role::Fm);
                let d = self.dpast(Reach::Recent, 0.7);
                let s = format!(
                    "{} warned{} that {} would respond if {} continued {}.",
                    cap(&self.np(px)),
                    d.phrase,
                    x.name,
                    y.name,
                    self.pick_fit(OFFENSES)
                );
                self.sentence_done(Ev::new("THREATEN", &[x.code], &[y.code]), &d, s)
            }
            1 => {
                let d = self.dpast(Reach::Recent, 0.7);
                let cr = self.crc(x);
                let s = format!(
                    "{} threatened{} to cut off {} supplies to {}.",
                    cr,
                    d.phrase,
                    self.pick(COMMODITIES),
                    y.name
                );
                self.sentence_done(Ev::new("THREATEN", &[x.code], &[y.code]), &d, s)
            }
            2 => {
                let d = self.dpast(Reach::Recent, 0.7);
                let cr = self.crc(x);
                let s = format!(
                    "{} threatened{} to impose sanctions on {} if its detained citizens were not released.",
                    cr, d.phrase, y.name
                );
                self.sentence_done(Ev::new("THREATEN", &[x.code], &[y.code]), &d, s)
            }
            _ => {
                let px = self.person(x, Role::Leader);
                let d = self.dpast(Reach::Recent, 0.7);
                let s = format!(
                    "{} said{} that {} could close its airspace to {} airlines if the dispute was not resolved.",
                    cap(&self.np(px)),
                    d.phrase,
                    x.name,
                    y.adj
                );
                self.sentence_done(Ev::new("THREATEN", &[x.code], &[y.code]), &d, s)
            }
        }
    }

    fn e_protest(&mut self, x: &'static Country, y: &'static Country) -> String {
        match self.variant("PROTEST", &[1, 1, 1]) {
            0 => {
                let d = self.dpast(Reach::Recent, 0.8);
                let m = cap(&self.ministry(x));
                let s = format!(
                    "{} summoned the {} ambassador{} to protest against {}.",
                    m,
                    y.adj,
                    d.phrase,
                    self.pick(&[
                        "the detention of its citizens",
                        "repeated violations of its airspace",
                        "what it called hostile remarks",
                        "the treatment of its diplomats"
                    ])
                );
                self.sentence_done(Ev::new("PROTEST", &[x.code], &[y.code]).at(x.code), &d, s)
            }
            1 => {
                let d = self.dpast(Reach::Recent, 0.8);
                let n = self.pick(&["Hundreds of", "Several thousand", "Dozens of"]);
                let s = format!(
                    "{} people rallied outside the {} embassy in {}{} to protest against {}.",
                    n,
                    y.adj,
                    x.capital,
                    d.phrase,
                    self.pick(&[
                        "the strikes",
                        "the arrests",
                        "the government's policy",
                        "the border closure"
                    ])
                );
                self.sentence_done(Ev::new("PROTEST", &[x.code], &[y.code]).at(x.code), &d, s)
            }
            _ => {
                let d = self.dpast(Reach::Recent, 0.8);
                let cr = self.crc(x);
                let s = format!(
                    "{} sent a note of protest to {}{} over {}.",
                    cr,
                    y.name,
                    d.phrase,
                    self.pick_fit(INCIDENTS)
                );
                self.sentence_done(Ev::new("PROTEST", &[x.code], &[y.code]), &d, s)
            }
        }
    }

    fn e_sanction(&mut self, x: &'static Country, y: &'static Country) -> String {
        let cr = self.crc(x);
        match self.variant("SANCTION", &[20, 20, 12, 12, 10, 8]) {
            0 => {
                let d = self.dpast(Reach::Medium, 0.8);
                let s = format!(
                    "{} imposed sanctions{} on {} {} officials and {} companies.",
                    cr,
                    d.phrase,
                    num(self.r.range(3, 25)),
                    y.adj,
                    num(self.r.range(2, 9))
                );
                self.sentence_done(Ev::new("SANCTION", &[x.code], &[y.code]), &d, s)
            }
            1 if !x.org => {
                let d = self.dpast(Reach::Medium, 0.8);
                let s = format!(
                    "{} {} {} {} diplomats{}.",
                    cr,
                    if x.code == self.a.code || x.code == self.b.code {
                        "responded by expelling"
                    } else {
                        "expelled"
                    },
                    num(self.r.range(2, 10)),
                    y.adj,
                    d.phrase
                );
                self.sentence_done(Ev::new("SANCTION", &[x.code], &[y.code]).at(x.code), &d, s)
            }
            2 if !x.org => {
                let d = self.dpast(Reach::Medium, 0.8);
                let s = format!(
                    "{} recalled its ambassador to {}{} for consultations.",
                    cr, y.name, d.phrase
                );
                self.sentence_done(Ev::new("SANCTION", &[x.code], &[y.code]), &d, s)
            }
            1..=3 => {
                let d = self.dpast(Reach::Medium, 0.8);
                let s = format!(
                    "{} suspended {} from {}{}.",
                    cr,
                    self.pick(&[
                        "all imports of steel",
                        "direct flights",
                        "joint investment projects"
                    ]),
                    y.name,
                    d.phrase
                );
                let s = s
                    .replace("direct flights from", "direct flights to and from")
                    .replace("projects from", "projects with");
                self.sentence_done(Ev::new("SANCTION", &[x.code], &[y.code]), &d, s)
            }
            4 => {
                let d = self.dfut(0.85);
                let s = format!("{} is preparing a new package of sanctions against {}, which could be adopted{}.", cr, y.name, d.phrase);
                self.sentence_done(
                    Ev::new("SANCTION", &[x.code], &[y.code]).status("planned"),
                    &d,
                    s,
                )
            }
            _ => {
                let s = format!(
                    "{} has so far not imposed sanctions on {}, despite pressure from its allies.",
                    cr, y.name
                );
                self.sentence_done(
                    Ev::new("SANCTION", &[x.code], &[y.code]).neg(),
                    &Dt::none(),
                    s,
                )
            }
        }
    }

    fn e_mobilize(&mut self, x: &'static Country, y: &'static Country) -> String {
        let cr = self.crc(x);
        let w: [u32; 6] = if self.neighbours {
            [25, 20, 15, 15, 12, 8]
        } else {
            [0, 0, 25, 25, 0, 10]
        };
        match self.variant("MOBILIZE", &w) {
            0 => {
                let d = self.dpast(Reach::Medium, 0.8);
                let s = format!(
                    "{} deployed additional troops and armoured vehicles to its border with {}{}.",
                    cr, y.name, d.phrase
                );
                self.sentence_done(Ev::new("MOBILIZE", &[x.code], &[y.code]).at(x.code), &d, s)
            }
            1 => {
                let d = self.dpast(Reach::Medium, 0.8);
                let s = format!("{} put its armed forces on high alert{}, citing {} military activity near the border.", cr, d.phrase, y.adj);
                self.sentence_done(Ev::new("MOBILIZE", &[x.code], &[y.code]), &d, s)
            }
            2 => {
                let d = self.dpast(Reach::Medium, 0.8);
                let s = format!(
                    "{} announced the call-up of {} reservists{}.",
                    cr,
                    self.r.range(5, 150) * 1000,
                    d.phrase
                );
                self.sentence_done(Ev::new("MOBILIZE", &[x.code], &[]), &d, s)
            }
            3 => {
                let city = self.city(y, 0.3);
                let d = self.dpast(Reach::Medium, 0.8);
                let s = format!(
                    "{} warships moved into waters near {}{}, according to {}.",
                    x.adj,
                    city,
                    d.phrase,
                    self.defmin(y)
                );
                self.sentence_done(
                    Ev::new("MOBILIZE", &[x.code], &[y.code]).status("claimed"),
                    &d,
                    s,
                )
            }
            4 => {
                let d = self.dfut(0.85);
                let s = format!(
                    "{} plans to deploy {} more troops to the border region{}, {} said.",
                    cr,
                    self.r.range(2, 30) * 500,
                    d.phrase,
                    self.defmin(x)
                );
                self.sentence_done(
                    Ev::new("MOBILIZE", &[x.code], &[y.code]).status("planned"),
                    &d,
                    s,
                )
            }
            _ => {
                let s = format!("{} said it had no plans to send troops to {}.", cr, y.name);
                self.sentence_done(
                    Ev::new("MOBILIZE", &[x.code], &[y.code])
                        .status("planned")
                        .neg(),
                    &Dt::none(),
                    s,
                )
            }
        }
    }

    fn e_coerce(&mut self, x: &'static Country, y: &'static Country) -> String {
        match self.variant("COERCE", &[1, 1, 1, 1]) {
            0 => {
                let d = self.dpast(Reach::Medium, 0.8);
                let s = format!(
                    "{} authorities detained {} {} nationals{} on suspicion of espionage.",
                    x.adj,
                    num(self.r.range(2, 9)),
                    y.adj,
                    d.phrase
                );
                self.sentence_done(Ev::new("COERCE", &[x.code], &[y.code]).at(x.code), &d, s)
            }
            1 => {
                let city = self.city(x, 0.2);
                let d = self.dpast(Reach::Medium, 0.8);
                let s = format!(
                    "The {} coast guard seized {}-flagged vessel near {}{}.",
                    x.adj,
                    an(y.adj),
                    city,
                    d.phrase
                );
                self.sentence_done(Ev::new("COERCE", &[x.code], &[y.code]).at(x.code), &d, s)
            }
            2 => {
                let d = self.dpast(Reach::Medium, 0.8);
                let cr = self.crc(x);
                let s = format!(
                    "{} deported {} {} citizens{}, saying they had violated residency rules.",
                    cr,
                    self.r.range(12, 400),
                    y.adj,
                    d.phrase
                );
                self.sentence_done(Ev::new("COERCE", &[x.code], &[y.code]), &d, s)
            }
            _ => {
                let d = self.dpast(Reach::Medium, 0.8);
                let s = format!(
                    "{} journalist was arrested in {}{}, a press freedom group said.",
                    cap(&an(y.adj)),
                    x.capital,
                    d.phrase
                );
                self.sentence_done(
                    Ev::new("COERCE", &[x.code], &[y.code])
                        .status("claimed")
                        .at(x.code),
                    &d,
                    s,
                )
            }
        }
    }

    fn e_assault(&mut self, x: &'static Country, y: &'static Country) -> String {
        let mut city = self.city(y, 0.1);
        for _ in 0..4 {
            if !self.used_lines.iter().any(|l| l == city) {
                break;
            }
            city = self.city(y, 0.1);
        }
        self.used_lines.push(city.to_string());
        let infra = self.pick(INFRA);
        let ev = Ev::new("ASSAULT", &[x.code], &[y.code]).at(y.code);
        match self.variant("ASSAULT", &[20, 22, 18, 15, 10]) {
            0 => {
                let d = self.dpast(Reach::Recent, 0.85);
                let s = format!(
                    "{} artillery shelled villages near {}{}, damaging {}.",
                    x.adj, city, d.phrase, infra
                );
                self.sentence_done(ev, &d, s)
            }
            1 => {
                let d = self.dpast(Reach::Recent, 0.85);
                let cr = self.crc(y);
                let s = format!(
                    "{} said {} missiles had hit {}{}, killing {} people and wounding {}.",
                    cr,
                    x.adj,
                    city,
                    d.phrase,
                    num(self.r.range(1, 12)),
                    self.r.range(3, 60)
                );
                self.sentence_done(ev.status("claimed"), &d, s)
            }
            2 => {
                let py = self.person(y, Role::MilSpokes);
                let d = self.dpast(Reach::Recent, 0.85);
                let s = format!(
                    "According to {}, {} forces carried out {} drone attacks on {}{}.",
                    self.np_end(py),
                    x.adj,
                    num(self.r.range(3, 40)),
                    city,
                    d.phrase
                );
                self.sentence_done(ev.status("claimed"), &d, s)
            }
            3 => {
                let d = self.dpast(Reach::Recent, 0.85);
                let s = format!(
                    "{} said its forces had struck {} military positions near {}{}.",
                    cap(&self.defmin(x)),
                    y.adj,
                    city,
                    d.phrase
                );
                self.sentence_done(ev.status("claimed"), &d, s)
            }
            _ => {
                let d = self.dpast(Reach::Recent, 0.6);
                let cr = self.crc(x);
                let s = format!(
                    "{} denied{} that its forces had targeted civilian areas in {}.",
                    cr, d.phrase, city
                );
                // The date belongs to the denial, not to the strike.
                let s = cap(&s);
                self.push(ev.status("claimed").neg(), &Dt::none(), &s);
                s
            }
        }
    }

    // ------------------------------------------------------------ paragraphs

    fn body(&mut self) {
        let mut lede = self.lede();
        if lede.len() < 200 && self.chance(0.7) {
            let t = self
                .events
                .first()
                .and_then(|e| e["event"].as_str())
                .unwrap_or("")
                .to_string();
            let extra = self.detail_for(&t);
            lede = cat(lede, &extra);
        }
        self.paras.push(Para {
            text: lede,
            heading: false,
        });
        let target = self.r.range(8, 20);
        let mut last = 0usize;
        while self.paras.len() < target {
            let remaining = target - self.paras.len();
            let w: [u32; 12] = [
                22,                                    // 0 quote
                12,                                    // 1 response
                24,                                    // 2 event
                6,                                     // 3 background
                if self.analysts < 2 { 8 } else { 0 }, // 4 analyst
                6,                                     // 5 planned
                4,                                     // 6 negated
                8,                                     // 7 third party
                if remaining >= 2 {
                    (self.site.dash * 40.0) as u32 + 1
                } else {
                    0
                }, // 8 dialogue
                3,                                     // 9 hypothetical
                if self.headings < 2 && self.paras.len() > 3 && last != 10 && remaining > 2 {
                    3
                } else {
                    0
                }, // 10 heading
                if self.kinetic || self.kind == Kind::Aid {
                    5
                } else {
                    0
                }, // 11 humanitarian
            ];
            let k = self.r.weighted(&w);
            if k == last && k != 2 && k != 0 {
                continue;
            }
            last = k;
            let new = match k {
                0 => self.p_quote(),
                1 => vec![self.p_response()],
                2 => vec![self.p_event()],
                3 => vec![self.p_background()],
                4 => self.p_analyst(),
                5 => vec![self.p_planned()],
                6 => vec![self.p_negated()],
                7 => vec![self.p_third()],
                8 => self.p_dialogue(),
                9 => vec![self.p_hypothetical()],
                10 => {
                    self.headings += 1;
                    let h = self.heading();
                    self.paras.push(Para {
                        text: h,
                        heading: true,
                    });
                    continue;
                }
                _ => self.p_humanitarian(),
            };
            let mut new = new;
            for p in new.iter_mut() {
                if p.starts_with('\u{2014}') || p.ends_with(':') {
                    continue;
                }
                let target = self.r.range(220, 560);
                *p = self.fill(std::mem::take(p), target);
            }
            for t in new {
                self.paras.push(Para {
                    text: t,
                    heading: false,
                });
            }
        }
        if self.chance(0.35) {
            let c = self.b;
            let closer = match self.r.below(3) {
                0 => format!(
                    "{} did not respond to a request for comment.",
                    cap(&self.ministry(c))
                ),
                1 => format!("There was no immediate reaction from {}.", c.capital),
                _ => format!("Officials in {} declined to comment further.", c.capital),
            };
            self.paras.push(Para {
                text: closer,
                heading: false,
            });
        }
    }

    fn heading(&mut self) -> String {
        let a = self.a;
        let b = self.b;
        match self.r.below(8) {
            0 => "Reaction from the other side".to_string(),
            1 => "A long-running dispute".to_string(),
            2 => format!("What {} wants", a.hname),
            3 => format!("Pressure on {}", b.capital),
            4 => "The view from the region".to_string(),
            5 => "What comes next".to_string(),
            6 => "Humanitarian concerns".to_string(),
            _ => "Mediation efforts".to_string(),
        }
    }

    fn side(&mut self) -> (&'static Country, &'static Country) {
        if self.chance(0.55) {
            (self.a, self.b)
        } else {
            (self.b, self.a)
        }
    }

    fn hostile(&self) -> bool {
        matches!(self.kind, Kind::Row | Kind::Sanctions | Kind::Escalation) || self.kinetic
    }

    fn pick_quote(&mut self, bank: Bank, own: &'static Country, other: &'static Country) -> String {
        let list = match bank {
            Bank::Good => Q_CONCILIATORY,
            Bank::Bad => Q_HOSTILE,
            Bank::Analyst => {
                let special = if self.hostile() {
                    Q_ANALYST_TENSION
                } else {
                    Q_ANALYST_THAW
                };
                if self.chance(0.6) {
                    special
                } else {
                    Q_ANALYST
                }
            }
            Bank::Humanitarian => Q_HUMANITARIAN,
        };
        let mut q = self.pick(list);
        for _ in 0..6 {
            if !self.used_quotes.contains(&q) {
                break;
            }
            q = self.pick(list);
        }
        self.used_quotes.push(q);
        if !q.contains('{') {
            return q.to_string();
        }
        let s = q
            .replace("{topic}", self.topic)
            .replace("{med}", self.m.name)
            .replace("{other}", other.name)
            .replace("{own}", own.name);
        cap(&s)
    }

    fn reg_quote(&mut self, pi: usize, text: &str, style: &str) {
        let name = self.people[pi].name.clone();
        self.quotes
            .push(json!({"speaker": name, "text": text, "style": style}));
    }

    fn marks(&mut self) -> (&'static str, &'static str, &'static str) {
        if self.chance(0.04) {
            ("«", "»", "guillemet")
        } else if self.chance(self.site.curly) {
            ("\u{201c}", "\u{201d}", "curly")
        } else {
            ("\"", "\"", "straight")
        }
    }

    /// Attribution after a quote, e.g. `Fidan said` or `said X, a spokeswoman…`.
    fn attribution(&mut self, pi: usize) -> String {
        if self.people[pi].introduced {
            let short = self.people[pi].short.clone();
            match self.r.below(6) {
                0 => format!("{short} said"),
                1 => format!("said {short}"),
                2 => format!("{short} told reporters"),
                3 => format!("{short} said in a statement"),
                4 => format!("{short} told {}", self.pick(AGENCIES)),
                _ => format!("{short} added"),
            }
        } else if self.chance(0.5) {
            format!("said {}", self.np_end(pi))
        } else {
            format!("{} said", self.np(pi))
        }
    }

    /// A paragraph quoting person `pi` (one of several quote shapes).
    fn quote_for(&mut self, pi: usize, bank: Bank) -> Vec<String> {
        let own = self.people[pi].country;
        let own = if own.code == self.a.code || own.code == self.b.code {
            own
        } else {
            self.a
        };
        let other = if own.code == self.a.code {
            self.b
        } else {
            self.a
        };
        let (o, c, style) = self.marks();
        let shape = self.r.weighted(&[30, 20, 16, 10, 12]);
        match shape {
            0 => {
                let mut q = self.pick_quote(bank, own, other);
                if self.chance(0.5) {
                    let q2 = self.pick_quote(bank, own, other);
                    q = format!("{q}. {q2}");
                }
                self.reg_quote(pi, &q, style);
                let att = self.attribution(pi);
                let mut s = format!("{o}{q},{c} {att}.");
                if self.chance(0.6) {
                    s.push(' ');
                    s += &self.quote_context(pi);
                }
                vec![s]
            }
            1 => {
                let q = self.pick_quote(bank, own, other);
                self.reg_quote(pi, &q, style);
                let lead = match self.r.below(3) {
                    0 => format!("{} said", cap(&self.np(pi))),
                    1 => {
                        let city = self.where_is(pi);
                        format!("{} told reporters in {}", cap(&self.np(pi)), city)
                    }
                    _ => format!("In a statement, {} said", self.np(pi)),
                };
                let mut s = format!("{lead}: {o}{q}.{c}");
                if self.chance(0.5) {
                    s.push(' ');
                    s += &self.quote_context(pi);
                }
                vec![s]
            }
            2 => {
                let q1 = self.pick_quote(bank, own, other);
                let q2 = self.pick_quote(bank, own, other);
                let att = self.attribution(pi);
                self.reg_quote(pi, &q1, "split");
                let starts_common = [
                    "We ", "This ", "There ", "It ", "Our ", "Nobody ", "Every ", "They ",
                    "These ", "What ",
                ]
                .iter()
                .any(|w| q2.starts_with(w));
                if starts_common && self.chance(0.6) {
                    let mut ch = q2.chars();
                    let first = ch.next().unwrap().to_lowercase().collect::<String>();
                    let q2l = first + ch.as_str();
                    self.reg_quote(pi, &q2l, "split");
                    vec![format!("{o}{q1},{c} {att}, {o}{q2l}.{c}")]
                } else {
                    self.reg_quote(pi, &q2, "split");
                    vec![format!("{o}{q1},{c} {att}. {o}{q2}.{c}")]
                }
            }
            3 => {
                let ph = if bank == Bank::Bad {
                    self.pick(PARTIALS_BAD)
                } else {
                    self.pick(PARTIALS_GOOD)
                };
                self.reg_quote(pi, ph, "partial");
                let what = if bank == Bank::Bad {
                    self.pick(&[
                        "the move",
                        "the decision",
                        "the latest developments",
                        "the statement",
                    ])
                } else if self.kinetic || self.hostile() {
                    self.pick(&["the proposal", "the latest contacts", "the statement"])
                } else {
                    self.pick(&[
                        "the talks",
                        "the meeting",
                        "the latest developments",
                        "the proposal",
                    ])
                };
                let s = match self.r.below(2) {
                    0 => format!("{} described {} as {o}{ph}.{c}", cap(&self.np(pi)), what),
                    _ => format!(
                        "{} called {} {o}{ph}{c} and said more work was needed.",
                        cap(&self.np(pi)),
                        what
                    ),
                };
                vec![s]
            }
            _ => {
                let q = self.pick_quote(bank, own, other);
                self.reg_quote(pi, &q, style);
                let att = self.attribution(pi);
                let s = format!("{o}{q},{c} {att}.");
                let pre = match if bank == Bank::Analyst {
                    2
                } else {
                    self.r.below(3)
                } {
                    0 => format!(
                        "The tone from {} was {}. ",
                        own.capital,
                        if bank == Bank::Bad {
                            "sharp"
                        } else {
                            "conciliatory"
                        }
                    ),
                    1 if bank != Bank::Analyst => {
                        "Officials sought to strike a measured tone. ".to_string()
                    }
                    _ => String::new(),
                };
                vec![pre + &s]
            }
        }
    }

    fn p_quote(&mut self) -> Vec<String> {
        let (own, _) = self.side();
        let host = if own.code == self.a.code {
            self.b.code
        } else {
            self.a.code
        };
        let role = if self.kinetic && self.chance(0.4) {
            self.pick(&[Role::Dm, Role::MilSpokes, Role::MilSpokes])
        } else {
            self.pick(&[
                Role::Fm,
                Role::Leader,
                Role::Spokes,
                Role::Spokes,
                Role::Ambassador(host),
            ])
        };
        let pi = self.person(own, role);
        let bank = if self.hostile() {
            if self.chance(0.75) {
                Bank::Bad
            } else {
                Bank::Good
            }
        } else if self.chance(0.95) {
            Bank::Good
        } else {
            Bank::Bad
        };
        if self.chance(self.site.dash) {
            return self.dash_quote(pi, bank);
        }
        self.quote_for(pi, bank)
    }

    fn dash_quote(&mut self, pi: usize, bank: Bank) -> Vec<String> {
        let own = self.people[pi].country;
        let other = if own.code == self.a.code {
            self.b
        } else {
            self.a
        };
        let q = self.pick_quote(bank, own, other);
        self.reg_quote(pi, &q, "dash");
        let att = if self.people[pi].introduced {
            format!("{} said", self.people[pi].short)
        } else {
            format!("said {}", self.np_end(pi))
        };
        vec![format!("— {q}, — {att}.")]
    }

    fn p_dialogue(&mut self) -> Vec<String> {
        let (own, _) = self.side();
        let role = if self.chance(0.5) {
            Role::Fm
        } else {
            Role::Spokes
        };
        let pi = self.person(own, role);
        let other = if own.code == self.a.code {
            self.b
        } else {
            self.a
        };
        let bank = if self.hostile() {
            Bank::Bad
        } else {
            Bank::Good
        };
        let intro = match self.r.below(3) {
            0 => {
                let city = self.where_is(pi);
                format!("{} told journalists in {}:", cap(&self.np(pi)), city)
            }
            1 => format!("Speaking at a news conference, {} said:", self.np(pi)),
            _ => format!(
                "{} was blunt when asked about {}:",
                cap(&self.np(pi)),
                self.topic
            ),
        };
        let q1 = self.pick_quote(bank, own, other);
        self.reg_quote(pi, &q1, "dash");
        let mut out = vec![intro, format!("— {q1}.")];
        if self.chance(0.6) {
            let q2 = self.pick_quote(bank, own, other);
            self.reg_quote(pi, &q2, "dash");
            let short = self.people[pi].short.clone();
            out.push(format!(
                "— {q2}, — {} added.",
                if self.chance(0.5) {
                    short
                } else {
                    self.pron(pi).to_string()
                }
            ));
        }
        out
    }

    fn p_response(&mut self) -> String {
        let (a, b) = (self.a, self.b);
        let t = if self.hostile() {
            self.pick(&[
                "REJECT", "ACCUSE", "REQUEST", "THREATEN", "PROTEST", "REJECT",
            ])
        } else {
            self.pick(&["REJECT", "REQUEST", "SUPPORT", "AGREE", "REQUEST"])
        };
        let mut s = self.event_sentence(t, b, a);
        if self.chance(0.6) {
            let x = self.detail_for(t);
            s = cat(s, &x);
        }
        if self.chance(0.35) {
            let pi = self.person(b, Role::Spokes);
            let ph = if t == "SUPPORT" || t == "AGREE" {
                self.pick(PARTIALS_GOOD)
            } else if self.hostile() {
                self.pick(PARTIALS_BAD)
            } else {
                self.pick(PARTIALS_MILD)
            };
            let (o, c, _) = self.marks();
            self.reg_quote(pi, ph, "partial");
            let s2 = format!(
                " {} called {} position {o}{ph}.{c}",
                cap(&self.np(pi)),
                poss(a.name)
            );
            return s + &s2;
        }
        s
    }

    fn event_types(&mut self) -> &'static str {
        if self.kinetic {
            self.pick(&[
                "ASSAULT", "ASSAULT", "ASSAULT", "MOBILIZE", "MOBILIZE", "THREATEN", "ACCUSE",
                "REJECT", "COERCE", "RETREAT", "CONSULT", "AID", "SANCTION", "PROTEST", "CONCEDE",
            ])
        } else {
            match self.kind {
                Kind::Row | Kind::Sanctions => self.pick(&[
                    "SANCTION", "SANCTION", "ACCUSE", "PROTEST", "THREATEN", "REJECT", "COERCE",
                    "MOBILIZE", "REQUEST", "CONSULT",
                ]),
                Kind::Aid => self.pick(&[
                    "AID",
                    "AID",
                    "REQUEST",
                    "CONSULT",
                    "SUPPORT",
                    "COOPERATE",
                    "ACCUSE",
                ]),
                _ => self.pick(&[
                    "CONSULT",
                    "CONSULT",
                    "AGREE",
                    "AGREE",
                    "COOPERATE",
                    "SUPPORT",
                    "CONCEDE",
                    "REQUEST",
                    "REJECT",
                    "COOPERATE",
                    "SUPPORT",
                ]),
            }
        }
    }

    /// Actor and target for a secondary event of type `t`.
    fn parties_for(&mut self, t: &str) -> (&'static Country, &'static Country) {
        if t == "AID" {
            if self.kind == Kind::Aid {
                return (if self.chance(0.6) { self.a } else { self.t }, self.b);
            }
            let y = if self.kinetic && self.chance(0.5) {
                self.a
            } else {
                self.b
            };
            let x = if self.t.code == y.code {
                self.m
            } else {
                self.t
            };
            return (x, y);
        }
        self.side()
    }

    fn p_event(&mut self) -> String {
        let t = self.event_types();
        let (x, y) = self.parties_for(t);
        let s = self.event_sentence(t, x, y);
        let mut s = if self.chance(0.6) {
            let x = self.detail_for(t);
            cat(s, &x)
        } else {
            s
        };
        let more = if self.chance(0.65) { 1 } else { 0 } + if self.chance(0.2) { 1 } else { 0 };
        for _ in 0..more {
            let t2 = self.event_types();
            let (x2, y2) = self.parties_for(t2);
            let s2 = self.event_sentence(t2, x2, y2);
            s = cat(s, &s2);
        }
        s
    }

    fn p_planned(&mut self) -> String {
        // (event type, index of its planned template variant)
        let mut options: Vec<(&'static str, usize)> = vec![
            ("CONSULT", 2),
            ("CONSULT", 3),
            ("AGREE", 2),
            ("COOPERATE", 3),
            ("CONCEDE", 3),
        ];
        if self.kinetic || self.kind == Kind::Aid {
            options.push(("AID", 3));
        }
        if self.kinetic {
            options.push(("RETREAT", 2));
        }
        if self.hostile() {
            options.push(("SANCTION", 4));
            if self.neighbours {
                options.push(("MOBILIZE", 4));
            }
        }
        options.retain(|&(t, k)| !self.is_used(t, k));
        if options.is_empty() {
            let (x, y) = self.side();
            return self.e_consult_planned(x, y);
        }
        let (t, k) = options[self.r.below(options.len())];
        let (x, y) = self.parties_for(t);
        self.forced = Some(k);
        let s = self.event_sentence(t, x, y);
        self.forced = None;
        s
    }

    fn e_consult_planned(&mut self, x: &'static Country, y: &'static Country) -> String {
        let d = self.dfut(1.0);
        let s = format!(
            "Officials from {} and {} are due to meet again{}.",
            x.name, y.name, d.phrase
        );
        self.sentence_done(
            Ev::joint("CONSULT", &[x.code, y.code]).status("planned"),
            &d,
            s,
        )
    }

    fn p_negated(&mut self) -> String {
        let (x, y) = self.side();
        let cr = self.crc(x);
        let k = self.r.below(5);
        let k = if k == 4 && !self.neighbours { 0 } else { k };
        match k {
            0 => {
                let s = format!("{} has so far not imposed sanctions on {}, and officials said none were under discussion.", cr, y.name);
                self.sentence_done(
                    Ev::new("SANCTION", &[x.code], &[y.code]).neg(),
                    &Dt::none(),
                    s,
                )
            }
            1 => {
                let d = self.dpast(Reach::Medium, 0.5);
                let s = format!(
                    "The two sides failed to agree on {}{}, leaving the issue for a later round.",
                    self.pick_topic(),
                    d.phrase
                );
                self.sentence_done(Ev::joint("AGREE", &[x.code, y.code]).neg(), &d, s)
            }
            2 => {
                let s = format!(
                    "{} said it would not send troops to {} under any circumstances.",
                    cr, y.name
                );
                self.sentence_done(
                    Ev::new("MOBILIZE", &[x.code], &[y.code])
                        .status("planned")
                        .neg(),
                    &Dt::none(),
                    s,
                )
            }
            3 => {
                let d = self.since();
                let s = format!("The two leaders have not spoken by phone{}.", d.phrase);
                // "since …" anchors the negation; the non-event itself has no date.
                let s = cap(&s);
                self.push(
                    Ev::joint("CONSULT", &[x.code, y.code]).mode("phone").neg(),
                    &Dt::none(),
                    &s,
                );
                s
            }
            _ => {
                let s = format!("{} denied that it had closed the border, saying crossings were operating normally.", cr);
                self.sentence_done(
                    Ev::new("SANCTION", &[x.code], &[y.code])
                        .status("claimed")
                        .neg(),
                    &Dt::none(),
                    s,
                )
            }
        }
    }

    fn p_third(&mut self) -> String {
        let t = self.t;
        let m = self.m;
        match self.variant("THIRD", &[2, 0, 2, 1, 1]) {
            0 | 1 => self.e_request_both(t),
            2 => {
                let pm = self.person(m, Role::Fm);
                let x = if self.chance(0.5) { self.a } else { self.b };
                let px = self.person(x, Role::Fm);
                let d = self.dpast(Reach::Recent, 0.8);
                let s = format!(
                    "{}, whose country has offered to host further talks, spoke by phone{} with {}.",
                    cap(&self.np_end(pm)),
                    d.phrase,
                    self.np_end(px)
                );
                self.sentence_done(
                    Ev::new("CONSULT", &[m.code], &[x.code]).mode("phone"),
                    &d,
                    s,
                )
            }
            3 => {
                let victim = self.b;
                if self.kinetic || self.kind == Kind::Aid {
                    self.e_aid(t, victim)
                } else {
                    let y = if self.chance(0.5) { self.a } else { self.b };
                    self.e_support(t, y)
                }
            }
            _ => {
                if t.code == "EUR" || !t.org {
                    let target = if self.hostile() { self.a } else { self.b };
                    if self.hostile() {
                        self.e_sanction(t, target)
                    } else {
                        self.e_support(t, target)
                    }
                } else {
                    self.e_request_both(t)
                }
            }
        }
    }

    /// An eventless sentence of colour that suits the story (no event, and
    /// no date expression).
    fn detail(&mut self) -> String {
        let k = self.detail_kind();
        self.detail_k(k)
    }

    /// A detail sentence that follows naturally after an event of type `t`.
    fn detail_for(&mut self, t: &str) -> String {
        let k = match t {
            "ASSAULT" => 0,
            "MOBILIZE" | "RETREAT" if self.kinetic => 0,
            "SANCTION" | "PROTEST" | "COERCE" | "ACCUSE" | "THREATEN" | "MOBILIZE" => 1,
            "AID" => 2,
            "AGREE" if self.kind == Kind::Ceasefire => 3,
            "CONSULT" | "AGREE" | "COOPERATE" | "SUPPORT" | "CONCEDE" => 4,
            _ => 5,
        };
        self.detail_k(k)
    }

    fn detail_kind(&mut self) -> usize {
        if self.kinetic && self.chance(0.45) {
            0
        } else if self.chance(0.4) {
            5
        } else {
            match self.kind {
                Kind::Row | Kind::Sanctions => 1,
                Kind::Aid => 2,
                Kind::Ceasefire => 3,
                Kind::Escalation => 0,
                _ => 4,
            }
        }
    }

    fn detail_k(&mut self, k: usize) -> String {
        // A phone call has no venue, room or delegations.
        let k = if k == 4 && self.kind == Kind::Call {
            5
        } else {
            k
        };
        let list = DETAILS[k];
        const KEYS: [&str; 6] = ["d-war", "d-row", "d-aid", "d-truce", "d-talks", "d-any"];
        let Some(i) = self.variant_fresh(KEYS[k], list.len()) else {
            // Exhausted: fall back to the general list, else nothing.
            return if k != 5 {
                self.detail_k(5)
            } else {
                String::new()
            };
        };
        let t = list[i];
        if !t.contains('{') {
            return t.to_string();
        }
        let (a, b) = (self.a, self.b);
        let mut out = String::with_capacity(t.len() + 24);
        let mut rest = t;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("unclosed placeholder");
            match &rest[open + 1..close] {
                "bcity" => {
                    let c = if self.kinetic && !self.dateline_city.is_empty() && self.chance(0.7) {
                        self.dateline_city
                    } else {
                        self.city(b, 0.3)
                    };
                    out.push_str(c);
                }
                "com" => out.push_str(self.pick(COMMODITIES)),
                "topic2" => out.push_str(self.pick_topic()),
                "topic" => out.push_str(self.topic),
                "n" => out.push_str(&num(self.r.range(2, 6))),
                "ministry" => out.push_str(&cap(&self.ministry(a))),
                "a_capital" => out.push_str(a.capital),
                "b_capital" => out.push_str(b.capital),
                "a_adj" => out.push_str(a.adj),
                "b_adj" => out.push_str(b.adj),
                "poss_a" => out.push_str(&poss(a.name)),
                other => panic!("unknown placeholder {other}"),
            }
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }

    /// Append eventless sentences to `s` until it reaches about `target` bytes.
    fn fill(&mut self, mut s: String, target: usize) -> String {
        for _ in 0..3 {
            if s.len() >= target {
                break;
            }
            let extra = match self.r.weighted(&[75, 25]) {
                1 if self.used_background != (1 << 10) - 1 => self.background_sentence(),
                _ => self.detail(),
            };
            if extra.is_empty() {
                break;
            }
            s.push(' ');
            s.push_str(&extra);
        }
        s
    }

    /// A sentence placing a quote in context (no event, no date).
    fn quote_context(&mut self, pi: usize) -> String {
        let short = self.people[pi].short.clone();
        let pron = cap(self.pron(pi));
        let c = self.people[pi].country;
        let his = self.his(pi);
        if self.people[pi].role == Role::Analyst {
            return match self.r.below(4) {
                0 => format!("{pron} made the comments in an interview."),
                1 => format!("{short} has written extensively about the region."),
                2 => format!("{short} has advised several governments on {}.", self.topic),
                _ => format!("{pron} added that the coming weeks would be decisive."),
            };
        }
        match self.r.below(6) {
            0 => {
                let city = if self.dateline_city.is_empty()
                    || !matches!(self.people[pi].role, Role::Fm | Role::Leader)
                {
                    c.capital
                } else {
                    self.dateline_city
                };
                format!("{short} was speaking at a news conference in {city}.")
            }
            1 => format!(
                "{pron} made the remarks in an interview with {} broadcaster.",
                an(c.adj)
            ),
            2 => "The remarks were later posted on the ministry's website.".to_string(),
            3 => format!("{pron} did not take questions from reporters."),
            4 => format!("{pron} declined to go into detail, citing the sensitivity of the issue."),
            _ => format!("{short} repeated the point several times during {his} remarks."),
        }
    }

    fn background_sentence(&mut self) -> String {
        let (a, b) = (self.a, self.b);
        let mut k = self.r.below(10);
        for _ in 0..10 {
            if self.used_background & (1 << k) == 0 {
                break;
            }
            k = (k + 1) % 10;
        }
        if self.used_background & (1 << k) != 0 {
            return String::new();
        }
        self.used_background |= 1 << k;
        match k {
            0 => {
                let d = self.since();
                format!(
                    "Relations between {} and {} have been strained{}.",
                    a.capital, b.capital, d.phrase
                )
            }
            1 => {
                let y = self.p.y - self.r.range(1, 4) as i32;
                let raw = if y == self.p.y - 1 && self.chance(0.5) {
                    Raw {
                        text: "last year".into(),
                        value: y.to_string(),
                        precision: "year",
                        end: None,
                    }
                } else {
                    Raw {
                        text: format!("in {y}"),
                        value: y.to_string(),
                        precision: "year",
                        end: None,
                    }
                };
                let d = self.place(raw, false);
                format!("Trade between the two countries was worth about ${} billion{}, according to official figures.", self.r.range(2, 90), d.phrase)
            }
            2 => format!(
                "{} is one of {} largest trading partners.",
                cap(b.name),
                poss(a.name)
            ),
            3 => format!(
                "The issue of {} has been a source of friction for years.",
                self.topic
            ),
            4 => "Diplomats say the dispute is unlikely to be resolved quickly.".to_string(),
            5 => format!(
                "Analysts have long described the relationship between {} and {} as transactional.",
                a.name, b.name
            ),
            6 => {
                "The region has seen a flurry of diplomatic activity in recent months.".to_string()
            }
            7 => {
                let raw = self.past_raw(Reach::Old);
                let d = self.place(raw, false);
                format!(
                    "The dispute over {} goes back decades and last flared up{}.",
                    self.topic, d.phrase
                )
            }
            8 => format!(
                "{} lies about {} kilometres from the border.",
                self.city(b, 0.0),
                self.r.range(15, 300)
            ),
            _ => "Neither government has published a detailed account of its position.".to_string(),
        }
    }

    fn p_background(&mut self) -> String {
        let s1 = self.background_sentence();
        if s1.is_empty() {
            return self.p_event();
        }
        let s2 = if self.chance(0.5) {
            self.background_sentence()
        } else {
            self.detail()
        };
        let mut s = cat(s1, &s2);
        if self.chance(0.4) {
            let d = self.detail();
            s = cat(s, &d);
        }
        s
    }

    fn p_hypothetical(&mut self) -> String {
        let h = self.hypothetical();
        if self.chance(0.6) {
            let d = self.detail();
            cat(h, &d)
        } else {
            h
        }
    }

    fn hypothetical(&mut self) -> String {
        let (a, b) = (self.a, self.b);
        let w: [u32; 6] = [
            1,
            1,
            u32::from(self.kinetic),
            1,
            u32::from(self.hostile()),
            u32::from(self.kinetic),
        ];
        match self.variant("HYP", &w) {
            0 => format!("If the talks fail, {} could face renewed pressure from its allies, diplomats say.", a.name),
            1 => format!("Any agreement would have to be ratified by the {} parliament, where opposition parties have voiced doubts.", b.adj),
            2 => "Should the ceasefire hold, aid agencies hope to reach the worst-affected areas within days.".to_string(),
            3 => "A deal, if one is reached, could unlock billions of dollars in frozen funds.".to_string(),
            4 => format!("Were sanctions to be imposed, they would hit {} exports of {} hardest.", b.adj, self.pick(COMMODITIES)),
            _ => format!("It is not clear whether {} would accept international monitors on its territory.", b.name),
        }
    }

    fn p_analyst(&mut self) -> Vec<String> {
        self.analysts += 1;
        let pi = self.analyst();
        let mut out = self.quote_for(pi, Bank::Analyst);
        if self.chance(0.4) {
            let h = self.hypothetical();
            if let Some(last) = out.last_mut() {
                last.push(' ');
                last.push_str(&h);
            }
        }
        out
    }

    fn p_humanitarian(&mut self) -> Vec<String> {
        let pi = self.aid_official();
        let intro = if self.chance(0.5) {
            format!(
                "Aid agencies say the situation in {} remains dire, with thousands of people {}. ",
                self.city(self.b, 0.4),
                self.pick(&[
                    "displaced",
                    "without shelter",
                    "short of food and water",
                    "cut off from medical care"
                ])
            )
        } else {
            String::new()
        };
        let mut v = self.quote_for(pi, Bank::Humanitarian);
        if let Some(first) = v.first_mut() {
            *first = intro + first;
        }
        v
    }

    // --------------------------------------------------------------- furniture

    fn captions(&mut self) -> Vec<Caption> {
        let n = if self.chance(0.7) {
            self.r.range(1, 2)
        } else {
            0
        };
        let mut out = Vec::new();
        for k in 0..n {
            let text = if k == 0 {
                self.caption_hint.clone()
            } else {
                match self.r.below(4) {
                    0 => format!("A view of {}.", self.city(self.b, 0.5)),
                    1 => format!(
                        "The {} flag outside a government building in {}.",
                        self.a.adj, self.a.capital
                    ),
                    2 => "Journalists wait outside the venue of the talks.".to_string(),
                    _ => format!(
                        "Flags of {} and {} at a press conference.",
                        self.a.name, self.b.name
                    ),
                }
            };
            let pool = non_org(&mut self.r, 0.0).pool;
            let (photographer, _, _) = invent_name(&mut self.r, pool);
            let credit = format!("Photo: {}/{}", self.pick(AGENCIES), photographer);
            let before = if k == 0 {
                if self.chance(0.5) {
                    0
                } else {
                    1
                }
            } else {
                self.r.range(3, self.paras.len().max(4) - 1)
            };
            let mut before = before.min(self.paras.len());
            while before > 0
                && before < self.paras.len()
                && (self.paras[before - 1].text.ends_with(':')
                    || self.paras[before].text.starts_with('\u{2014}'))
            {
                before += 1;
            }
            out.push(Caption {
                before,
                text,
                credit,
            });
        }
        out
    }
}

fn role_word(r: Role) -> &'static str {
    match r {
        Role::Leader => "leader",
        _ => "foreign minister",
    }
}
