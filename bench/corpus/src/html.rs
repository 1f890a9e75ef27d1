//! Page rendering: wraps an `Article` in one of six site layouts with the
//! usual furniture (nav, cookie banner, ads, byline, figures, "Read also",
//! newsletter box, footer) and metadata (<title>, Open Graph, JSON-LD,
//! canonical link).

use crate::article::{Article, Caption};
use crate::data::{Escape, AGENCIES};
use crate::date::MONTHS_ABBR;
use crate::rng::Rng;
use std::fmt::Write;

/// Escape text for an HTML text node in the given house style.
pub fn escape(s: &str, mode: Escape) -> String {
    let special = |b: u8| match b {
        b'&' | b'<' | b'>' => true,
        b'"' | b'\'' => mode != Escape::Minimal,
        _ => mode == Escape::Numeric && b >= 0x80,
    };
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len() + 16);
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !special(bytes[i]) {
            i += 1;
            continue;
        }
        out.push_str(&s[start..i]);
        // `i` is on a char boundary: every special byte starts a character.
        let ch = s[i..].chars().next().unwrap_or('\0');
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => {
                let _ = write!(out, "&#{};", c as u32);
            }
        }
        i += ch.len_utf8();
        start = i;
    }
    out.push_str(&s[start..]);
    out
}

/// Escape for an attribute value (always quotes-safe).
fn attr(s: &str) -> String {
    escape(s, Escape::Quotes)
}

pub fn slug(title: &str) -> String {
    let mut s = String::new();
    let mut dash = false;
    for ch in title.chars() {
        if ch.is_ascii_alphanumeric() {
            s.push(ch.to_ascii_lowercase());
            dash = false;
        } else if !dash && !s.is_empty() {
            s.push('-');
            dash = true;
        }
        if s.len() > 70 {
            break;
        }
    }
    s.trim_end_matches('-').to_string()
}

/// Everything the page needs besides the article itself.
pub struct PageInfo<'a> {
    pub id: &'a str,
    pub url: &'a str,
    /// ISO 8601 timestamp with offset.
    pub timestamp: String,
    /// Human-readable date/time for the byline.
    pub shown_time: String,
}

pub fn page_info<'a>(art: &Article, r: &mut Rng, id: &'a str, url: &'a str) -> PageInfo<'a> {
    let h = r.range(5, 22);
    let mi = r.below(60);
    let tz = *r.pick(&["+00:00", "+01:00", "+02:00", "+03:00", "Z", "-05:00"]);
    let d = art.published;
    let timestamp = if tz == "Z" {
        format!("{}T{:02}:{:02}:00Z", d.iso(), h, mi)
    } else {
        format!("{}T{:02}:{:02}:00{}", d.iso(), h, mi, tz)
    };
    let shown_time = match (art.site.uk_dates, r.below(3)) {
        (_, 0) => format!("{:02}.{:02}.{} {:02}:{:02}", d.d, d.m, d.y, h, mi),
        (true, _) => format!("{} {} {}, {:02}:{:02}", d.d, d.month_name(), d.y, h, mi),
        (false, 1) => {
            let (h12, ampm) = if h >= 12 {
                (if h == 12 { 12 } else { h - 12 }, "PM")
            } else {
                (h, "AM")
            };
            format!(
                "{} {}, {} {}:{:02} {}",
                d.month_name(),
                d.d,
                d.y,
                h12,
                mi,
                ampm
            )
        }
        (false, _) => format!("{} {}, {}", MONTHS_ABBR[d.m as usize - 1], d.d, d.y),
    };
    PageInfo {
        id,
        url,
        timestamp,
        shown_time,
    }
}

struct Ctx<'a> {
    art: &'a Article,
    info: &'a PageInfo<'a>,
    r: &'a mut Rng,
    out: String,
}

impl Ctx<'_> {
    fn esc(&self, s: &str) -> String {
        escape(s, self.art.site.escape)
    }

    fn push(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn head(&mut self) {
        let a = self.art;
        let site = a.site;
        let sep = match site.template {
            0 | 3 => " | ",
            1 | 4 => " - ",
            _ => " — ",
        };
        let desc: String = a
            .paras
            .first()
            .map(|p| p.text.chars().take(155).collect())
            .unwrap_or_default();
        let img = format!(
            "https://{}/images/{}/{:02}/{}-lead.jpg",
            site.domain, a.published.y, a.published.m, self.info.id
        );
        let ld = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": self.info.timestamp,
            "dateModified": self.info.timestamp,
            "author": [{"@type": "Person", "name": a.author}],
            "publisher": {"@type": "Organization", "name": site.name, "logo": {"@type": "ImageObject", "url": format!("https://{}/static/logo.png", site.domain)}},
            "mainEntityOfPage": {"@type": "WebPage", "@id": self.info.url},
            "image": [img],
            "articleSection": a.section,
        })
        .to_string()
        .replace("</", "<\\/");
        self.push("<!DOCTYPE html>");
        self.push("<html lang=\"en\">");
        self.push("<head>");
        self.push("<meta charset=\"utf-8\">");
        self.push("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        let t = format!(
            "<title>{}{}{}</title>",
            self.esc(&a.title),
            sep,
            self.esc(site.name)
        );
        self.push(&t);
        let lines = [
            format!("<meta name=\"description\" content=\"{}\">", attr(&desc)),
            "<meta property=\"og:type\" content=\"article\">".to_string(),
            format!("<meta property=\"og:title\" content=\"{}\">", attr(&a.title)),
            format!("<meta property=\"og:site_name\" content=\"{}\">", attr(site.name)),
            format!("<meta property=\"og:url\" content=\"{}\">", attr(self.info.url)),
            format!("<meta property=\"og:image\" content=\"{}\">", attr(&img)),
            format!("<meta property=\"article:published_time\" content=\"{}\">", self.info.timestamp),
            format!("<meta property=\"article:section\" content=\"{}\">", a.section),
            format!("<meta name=\"author\" content=\"{}\">", attr(&a.author)),
            "<meta name=\"twitter:card\" content=\"summary_large_image\">".to_string(),
            format!("<link rel=\"canonical\" href=\"{}\">", attr(self.info.url)),
            format!("<link rel=\"stylesheet\" href=\"https://{}/static/css/main.{:08x}.css\">", site.domain, self.r.next_u64() as u32),
            format!("<script type=\"application/ld+json\">{ld}</script>"),
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>".to_string(),
        ];
        for l in lines {
            self.push(&l);
        }
        self.push("</head>");
    }

    fn nav(&mut self, class: &str) {
        let items = [
            "Home",
            "World",
            "Politics",
            "Europe",
            "Middle East",
            "Asia",
            "Africa",
            "Americas",
            "Business",
            "Opinion",
            "Video",
        ];
        let n = self.r.range(6, items.len());
        let _ = writeln!(self.out, "<nav class=\"{class}\" aria-label=\"Main\"><ul>");
        for it in &items[..n] {
            let href = it.to_lowercase().replace(' ', "-");
            let _ = writeln!(self.out, "<li><a href=\"/{href}/\">{it}</a></li>");
        }
        self.push("</ul></nav>");
    }

    fn cookie(&mut self) {
        let v = self.r.below(3);
        let text = match v {
            0 => "We use cookies to improve your experience on our site and to show you relevant advertising. By continuing to browse, you agree to our use of cookies.",
            1 => "This website uses cookies. Some are essential, others help us understand how you use the site so that we can improve it.",
            _ => "We and our partners store and access information on your device to personalise content and ads and to measure audiences.",
        };
        let class = ["cookie-banner", "consent-bar", "gdpr-notice"][v];
        let _ = writeln!(
            self.out,
            "<div class=\"{class}\" id=\"cookie-consent\" role=\"dialog\"><p>{text} <a href=\"/privacy/\">Privacy policy</a></p><button class=\"accept\">Accept all</button><button class=\"manage\">Manage preferences</button></div>"
        );
    }

    fn ad(&mut self, class: &str) {
        let slot = self.r.below(9000) + 1000;
        let _ = writeln!(
            self.out,
            "<div class=\"{class}\" data-slot=\"div-gpt-ad-{slot}\"><span class=\"ad-label\">Advertisement</span><div class=\"ad-inner\"></div></div>"
        );
    }

    fn figure(&mut self, c: &Caption, class: &str) {
        let a = self.art;
        let src = format!(
            "https://{}/images/{}/{:02}/{}-{}.jpg",
            a.site.domain,
            a.published.y,
            a.published.m,
            self.info.id,
            self.r.below(1_000_000)
        );
        let t = self.esc(&c.text);
        let cr = self.esc(&c.credit);
        let _ = match a.site.template {
            1 | 4 => writeln!(
                self.out,
                "<div class=\"{class}\"><img src=\"{src}\" alt=\"{}\" loading=\"lazy\" width=\"1200\" height=\"800\"><p class=\"caption\">{t} <span class=\"photo-credit\">{cr}</span></p></div>",
                attr(&c.text)
            ),
            _ => writeln!(
                self.out,
                "<figure class=\"{class}\"><img src=\"{src}\" alt=\"{}\" loading=\"lazy\" width=\"1200\" height=\"800\"><figcaption>{t} <span class=\"credit\">{cr}</span></figcaption></figure>",
                attr(&c.text)
            ),
        };
    }

    fn related(&mut self, title: &str, class: &str) {
        let a = self.art;
        let _ = writeln!(self.out, "<aside class=\"{class}\"><h3>{title}</h3><ul>");
        for h in &a.related {
            let _ = writeln!(
                self.out,
                "<li><a href=\"https://{}/{}/{}/\">{}</a></li>",
                a.site.domain,
                a.section,
                slug(h),
                self.esc(h)
            );
        }
        self.push("</ul></aside>");
    }

    fn newsletter(&mut self) {
        let name = *self.r.pick(&[
            "Morning Briefing",
            "World Today",
            "The Diplomatic Pouch",
            "Evening Digest",
        ]);
        let _ = writeln!(
            self.out,
            "<section class=\"newsletter-signup\"><h3>Sign up for {name}</h3><p>The day's most important international news, in your inbox every morning.</p><form action=\"/newsletter/subscribe\" method=\"post\"><input type=\"email\" name=\"email\" placeholder=\"Your email address\"><button type=\"submit\">Subscribe</button></form><p class=\"small\">You can unsubscribe at any time.</p></section>"
        );
    }

    fn footer(&mut self, class: &str) {
        let a = self.art;
        let _ = writeln!(
            self.out,
            "<footer class=\"{class}\"><ul class=\"footer-links\"><li><a href=\"/about/\">About us</a></li><li><a href=\"/contact/\">Contact</a></li><li><a href=\"/privacy/\">Privacy policy</a></li><li><a href=\"/terms/\">Terms of use</a></li><li><a href=\"/advertise/\">Advertise</a></li></ul><p class=\"copyright\">&copy; {} {}. All rights reserved.</p></footer>",
            a.published.y,
            self.esc(a.site.name)
        );
    }

    fn byline(&mut self, class: &str) {
        let a = self.art;
        let author_slug = slug(&a.author);
        let au = self.esc(&a.author);
        let shown = self.info.shown_time.clone();
        let ts = self.info.timestamp.clone();
        let _ = writeln!(
            self.out,
            "<div class=\"{class}\"><span class=\"author\">By <a href=\"/authors/{author_slug}/\">{au}</a></span> <time datetime=\"{ts}\">{shown}</time></div>"
        );
    }

    fn share(&mut self) {
        self.push("<div class=\"share\"><span>Share</span><a class=\"share-fb\" href=\"#\">Facebook</a><a class=\"share-x\" href=\"#\">X</a><a class=\"share-mail\" href=\"#\">Email</a><button class=\"copy-link\">Copy link</button></div>");
    }

    /// The article body: paragraphs, crossheads, figures, inline ads and
    /// (for some layouts) inline "Read also" links.
    fn body(
        &mut self,
        p_class: Option<&str>,
        fig_class: &str,
        inline_ad: Option<&str>,
        read_also: bool,
    ) {
        let a = self.art;
        let mut ad_done = false;
        let mut ra_done = false;
        for (i, p) in a.paras.iter().enumerate() {
            for c in a.captions.iter().filter(|c| c.before == i) {
                self.figure(c, fig_class);
            }
            if p.heading {
                let _ = writeln!(
                    self.out,
                    "<h2 class=\"crosshead\">{}</h2>",
                    self.esc(&p.text)
                );
            } else {
                let t = self.esc(&p.text);
                let _ = match p_class {
                    Some(cl) => writeln!(self.out, "<p class=\"{cl}\">{t}</p>"),
                    None => writeln!(self.out, "<p>{t}</p>"),
                };
            }
            // Never break a dialogue: "X said:" followed by "— …" lines.
            let next_dash = a
                .paras
                .get(i + 1)
                .is_some_and(|n| n.text.starts_with('\u{2014}'));
            let ends_colon = p.text.ends_with(':') || next_dash;
            if i >= 2 && !ends_colon && !ad_done {
                if let Some(cl) = inline_ad {
                    self.ad(cl);
                    ad_done = true;
                }
            }
            if read_also && i >= 4 && !ends_colon && !ra_done && !a.related.is_empty() {
                let h = &a.related[0];
                let _ = writeln!(
                    self.out,
                    "<p class=\"read-also\"><strong>Read also:</strong> <a href=\"https://{}/{}/{}/\">{}</a></p>",
                    a.site.domain,
                    a.section,
                    slug(h),
                    self.esc(h)
                );
                ra_done = true;
            }
        }
        for c in a.captions.iter().filter(|c| c.before >= a.paras.len()) {
            self.figure(c, fig_class);
        }
    }

    fn logo(&mut self, class: &str) {
        let name = self.esc(self.art.site.name);
        let _ = writeln!(
            self.out,
            "<div class=\"{class}\"><a href=\"/\">{name}</a></div>"
        );
    }

    fn tags(&mut self) {
        let a = self.art;
        let mut tags: Vec<String> = vec![a.section.replace('-', " ")];
        tags.push("diplomacy".into());
        if let Some(c) = a.events.first().and_then(|e| e["actor"][0].as_str()) {
            tags.push(c.to_lowercase());
        }
        self.push("<ul class=\"tags\">");
        for t in tags {
            let _ = writeln!(
                self.out,
                "<li><a href=\"/tag/{}/\">{}</a></li>",
                t.replace(' ', "-"),
                t
            );
        }
        self.push("</ul>");
    }
}

/// Render the full HTML page of `art`.
pub fn render(art: &Article, info: &PageInfo, r: &mut Rng) -> String {
    let mut cx = Ctx {
        art,
        info,
        r,
        out: String::with_capacity(24_000),
    };
    cx.head();
    let title = cx.esc(&art.title);
    match art.site.template {
        0 => {
            cx.push("<body class=\"article-page\">");
            cx.push("<header class=\"site-header\">");
            cx.logo("logo");
            cx.nav("main-nav");
            cx.push("</header>");
            cx.cookie();
            cx.ad("ad ad--leaderboard");
            cx.push("<main id=\"main\">");
            cx.push("<article class=\"story\">");
            cx.push("<header class=\"story__header\">");
            let _ = writeln!(cx.out, "<nav class=\"breadcrumbs\"><a href=\"/\">Home</a> &rsaquo; <a href=\"/{0}/\">{0}</a></nav>", art.section);
            let _ = writeln!(cx.out, "<h1 class=\"story__headline\">{title}</h1>");
            cx.byline("story__meta");
            cx.push("</header>");
            cx.push("<div class=\"story__body\">");
            cx.body(None, "story__figure", Some("ad ad--inline"), false);
            cx.push("</div>");
            cx.push("<footer class=\"story__footer\">");
            cx.tags();
            cx.share();
            cx.push("</footer>");
            cx.push("</article>");
            cx.related("Read also", "related-links");
            cx.newsletter();
            cx.push("</main>");
            cx.footer("site-footer");
        }
        1 => {
            cx.push("<body>");
            cx.push("<div class=\"page\">");
            cx.push("<div class=\"header\">");
            cx.logo("brand");
            cx.nav("menu");
            cx.push("</div>");
            cx.cookie();
            cx.push("<div class=\"main-column\">");
            cx.ad("banner-ad top");
            cx.push("<div class=\"post-header\">");
            let _ = writeln!(cx.out, "<h1 class=\"post-title\">{title}</h1>");
            cx.byline("post-meta");
            cx.push("</div>");
            cx.push("<div class=\"content\">");
            cx.body(None, "wp-caption", Some("banner-ad in-content"), false);
            cx.push("</div>");
            cx.share();
            cx.push("</div>");
            cx.push("<div class=\"sidebar\">");
            cx.related("Most read", "widget most-read");
            cx.newsletter();
            cx.ad("banner-ad sidebar");
            cx.push("</div>");
            cx.push("</div>");
            cx.footer("footer");
        }
        2 => {
            cx.push("<body>");
            cx.push("<div id=\"app\">");
            cx.push("<a class=\"skip-link\" href=\"#content\">Skip to main content</a>");
            cx.logo("ew-logo");
            cx.nav("ew-nav");
            cx.cookie();
            cx.ad("ew-ad ew-ad--top");
            cx.push("<main id=\"content\">");
            cx.push("<article class=\"ew-article\" itemscope itemtype=\"https://schema.org/NewsArticle\">");
            let _ = writeln!(cx.out, "<h1 itemprop=\"headline\">{title}</h1>");
            cx.byline("ew-byline");
            cx.push("<div itemprop=\"articleBody\" class=\"ew-article__text\">");
            cx.body(Some("ew-p"), "ew-photo", Some("ew-ad"), true);
            cx.push("</div>");
            cx.push("<p class=\"ew-translation-note\">This article was translated with the help of a machine translation service.</p>");
            cx.push("</article>");
            cx.related("Next news", "ew-next");
            cx.push("</main>");
            cx.newsletter();
            cx.footer("ew-footer");
            cx.push("</div>");
        }
        3 => {
            cx.push("<body class=\"observer\">");
            cx.push("<header>");
            cx.logo("masthead");
            cx.nav("sections");
            cx.push("</header>");
            cx.cookie();
            cx.ad("advert advert--top");
            cx.push("<main>");
            cx.push("<article class=\"article\">");
            let _ = writeln!(cx.out, "<h1 class=\"article-title\">{title}</h1>");
            cx.byline("article-byline");
            cx.push("<section class=\"article-body\">");
            cx.body(
                Some("body-text"),
                "article-figure",
                Some("advert advert--mid"),
                false,
            );
            cx.push("</section>");
            cx.push("<div class=\"paywall-teaser\"><p>Support independent journalism. Subscribe from $1 a week.</p><a href=\"/subscribe/\">Subscribe</a></div>");
            cx.push("</article>");
            cx.related("More on this story", "more-stories");
            cx.newsletter();
            cx.push("</main>");
            cx.footer("site-foot");
        }
        4 => {
            cx.push("<body>");
            cx.push("<div class=\"wrapper\">");
            let _ = writeln!(cx.out, "<div class=\"top-bar\"><span class=\"today\">{}</span> <a href=\"/login/\">Log in</a></div>", cx.info.shown_time);
            cx.logo("portal-logo");
            cx.nav("portal-nav");
            cx.cookie();
            cx.ad("adv adv-970");
            cx.push("<div class=\"content\">");
            cx.push("<div class=\"col-main\">");
            let _ = writeln!(cx.out, "<h1>{title}</h1>");
            cx.byline("meta");
            cx.push("<div class=\"text\">");
            cx.body(Some("paragraph"), "image-box", Some("adv adv-300"), true);
            cx.push("</div>");
            cx.tags();
            let n = cx.r.below(80);
            let _ = writeln!(cx.out, "<div class=\"comments\"><h3>Comments ({n})</h3><p>Log in to join the discussion.</p></div>");
            cx.push("</div>");
            cx.push("<div class=\"col-side\">");
            cx.related("Trending", "trending");
            cx.ad("adv adv-300 side");
            cx.push("</div>");
            cx.push("</div>");
            cx.newsletter();
            cx.footer("portal-footer");
            cx.push("</div>");
        }
        _ => {
            cx.push("<body class=\"wire\">");
            cx.logo("agency-logo");
            cx.nav("agency-menu");
            cx.cookie();
            cx.ad("agency-ad top");
            cx.push("<article class=\"news-item\">");
            let _ = writeln!(cx.out, "<h1 class=\"news-title\">{title}</h1>");
            cx.byline("news-dateline");
            cx.push("<div class=\"news-text\">");
            cx.body(None, "news-photo", None, false);
            cx.push("</div>");
            let editor = {
                let pool = crate::data::Pool::Anglo;
                crate::article::invent_name(cx.r, pool).0
            };
            let _ = writeln!(
                cx.out,
                "<p class=\"credits\">Reporting by {}; editing by {}</p>",
                cx.esc(&art.author),
                cx.esc(&editor)
            );
            cx.push("</article>");
            cx.related("Related news", "related");
            let ag = *cx.r.pick(AGENCIES);
            let _ = writeln!(
                cx.out,
                "<div class=\"partner\">Distributed in partnership with {ag}.</div>"
            );
            cx.newsletter();
            cx.footer("agency-footer");
        }
    }
    cx.push("<script src=\"/static/js/app.js\" defer></script>");
    cx.push("</body>");
    cx.push("</html>");
    cx.out
}
