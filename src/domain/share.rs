//! Drops and the short links members pass on: what a link's address says, who
//! counts as a visitor, and what staff may write on a drop.

use sha2::{Digest, Sha256};

/// How far a link is followed: a member's own link is generation 1, the link
/// its visitor passes on 2, and so on; deeper than this the page offers none.
pub const MAX_GENERATION: i32 = 9;
/// The length of a member's link code (62 symbols: about 59 bits).
pub const CODE_LEN: usize = 10;
pub const MAX_TITLE: usize = 120;
pub const MAX_BODY: usize = 2000;
pub const MAX_TAGS: usize = 8;
pub const MAX_TAG: usize = 30;

/// The part of a share link's address after `/s/`: a member's code, and the
/// generation after a dot when it is a re-share (`Ab3dE6gH9k.2`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ShareAddress {
    pub code: String,
    pub generation: i32,
}

impl ShareAddress {
    /// `None` for anything no link of Cohorts could be.
    pub fn parse(raw: &str) -> Option<Self> {
        let (code, generation) = match raw.split_once('.') {
            None => (raw, 1),
            Some((code, generation)) => {
                // One spelling per generation: no "+2", "02" or "1".
                if generation.starts_with(['+', '0']) {
                    return None;
                }
                match generation.parse::<i32>() {
                    Ok(n) if (2..=MAX_GENERATION).contains(&n) => (code, n),
                    _ => return None,
                }
            }
        };
        let well_formed = code.len() == CODE_LEN && code.bytes().all(|b| b.is_ascii_alphanumeric());
        well_formed.then(|| ShareAddress {
            code: code.to_string(),
            generation,
        })
    }

    /// The address a visitor passes on: the next generation of the same link.
    pub fn next(&self) -> Option<ShareAddress> {
        (self.generation < MAX_GENERATION).then(|| ShareAddress {
            code: self.code.clone(),
            generation: self.generation + 1,
        })
    }

    /// The path of the link, `/s/…`.
    pub fn path(&self) -> String {
        if self.generation == 1 {
            format!("/s/{}", self.code)
        } else {
            format!("/s/{}.{}", self.code, self.generation)
        }
    }
}

/// Whether a visit is a machine's: the link previews that chat apps draw
/// (WhatsApp, Telegram, iMessage, Messenger, X, LinkedIn, Slack, Discord,
/// Snapchat, LINE, KakaoTalk, WeChat, Skype…) and crawlers. These are counted
/// apart, never as clicks. No user agent at all is a machine's too.
pub fn is_preview_fetcher(user_agent: Option<&str>) -> bool {
    let Some(agent) = user_agent else {
        return true;
    };
    // Fetchers that send a browser's engine token along with their own name,
    // which the general rules could take for a person; and browsers driven
    // without a screen (scrapers, scripted checks), which no friend uses.
    const NAMED: [&str; 10] = [
        "whatsapp/",
        "facebookexternalhit",
        "kakaotalk-scrap",
        "line-poker",
        "snap url preview",
        "wechat share",
        "skypeuripreview",
        "viber",
        "headlesschrome",
        "puppeteer",
    ];
    let lower = agent.to_ascii_lowercase();
    iscrawl::is_crawler(agent) || NAMED.iter().any(|name| lower.contains(name))
}

/// Who a visitor is for one day, without keeping who they are: a hash of their
/// address and browser with the day's salt and the link. Once the day's salt
/// is deleted, nobody can tell whose visit a row was. The first eight bytes
/// of the hash are kept, read as a signed big-endian number: small to store,
/// and two of a day's visitors to one link share one less than once in ten
/// million days even at a million visitors a day.
pub fn visitor_key(salt: &str, link: i64, generation: i32, address: &str, user_agent: &str) -> i64 {
    let mut hash = Sha256::new();
    for part in [
        salt.as_bytes(),
        &link.to_le_bytes(),
        &generation.to_le_bytes(),
        address.as_bytes(),
        user_agent.as_bytes(),
    ] {
        // Lengths first, so no two sets of parts run together into one.
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part);
    }
    let digest = hash.finalize();
    let mut first = [0; 8];
    first.copy_from_slice(&digest[..8]);
    i64::from_be_bytes(first)
}

/// The sites one brand's drops may link to, at most.
pub const MAX_DOMAINS: i64 = 20;

/// A site's domain as staff type it: `stride.com`, `shop.stride.com`, or an
/// address on it (`https://stride.com/drops`), kept as its lower-case host.
pub fn parse_domain(raw: &str) -> Result<String, String> {
    let raw = raw.trim();
    let with_scheme = if raw.contains("://") {
        raw.to_string()
    } else {
        format!("https://{raw}")
    };
    match url::Url::parse(&with_scheme)
        .ok()
        .and_then(|u| match u.host() {
            Some(url::Host::Domain(host)) if host.contains('.') => Some(host.to_string()),
            _ => None,
        }) {
        Some(host) => Ok(host.trim_end_matches('.').to_string()),
        None => Err("Give the site's domain, for example stride.com.".into()),
    }
}

/// A drop's page on the brand's site, as staff type it: none when empty, else
/// an http(s) address on a domain.
pub fn parse_target(raw: &str) -> Result<Option<String>, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let wrong = || "Give the full address of the page, starting with https://.".to_string();
    let url = url::Url::parse(raw).map_err(|_| wrong())?;
    let on_a_domain = matches!(url.host(), Some(url::Host::Domain(_)));
    if !matches!(url.scheme(), "https" | "http") || !on_a_domain || url.as_str().len() > 500 {
        return Err(wrong());
    }
    Ok(Some(url.to_string()))
}

/// Whether an address is on one of the domains (or a subdomain of one).
pub fn on_domains(address: &str, domains: &[String]) -> bool {
    let Some(host) = url::Url::parse(address)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
    else {
        return false;
    };
    domains
        .iter()
        .any(|d| host == *d || host.ends_with(&format!(".{d}")))
}

/// The host an address is on, as a button names it.
pub fn site_of(address: &str) -> String {
    url::Url::parse(address)
        .ok()
        .and_then(|u| {
            u.host_str()
                .map(|h| h.trim_start_matches("www.").to_string())
        })
        .unwrap_or_default()
}

/// A drop's topic tags, as staff type them ("music, cars"): trimmed, lower
/// case, each once, in the order given.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tags(Vec<String>);

impl Tags {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let mut tags: Vec<String> = Vec::new();
        for tag in raw.split([',', '#', '\n']) {
            let tag = tag
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            if tag.is_empty() || tags.contains(&tag) {
                continue;
            }
            if tag.chars().count() > MAX_TAG {
                return Err(format!(
                    "“{tag}” is too long for a tag: keep each under {MAX_TAG} characters."
                ));
            }
            if !tag
                .chars()
                .all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
            {
                return Err(format!(
                    "“{tag}” has signs a tag cannot hold: use letters, digits, spaces and hyphens."
                ));
            }
            tags.push(tag);
        }
        if tags.len() > MAX_TAGS {
            return Err(format!("A drop takes at most {MAX_TAGS} tags."));
        }
        Ok(Tags(tags))
    }

    /// As stored: separated by commas.
    pub fn stored(&self) -> String {
        self.0.join(",")
    }

    pub fn from_stored(stored: &str) -> Self {
        Tags(
            stored
                .split(',')
                .filter(|t| !t.is_empty())
                .map(str::to_string)
                .collect(),
        )
    }

    pub fn as_slice(&self) -> &[String] {
        &self.0
    }

    /// As a form shows them again.
    pub fn shown(&self) -> String {
        self.0.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_names_a_code_and_a_generation_in_one_spelling() {
        let own = ShareAddress::parse("Ab3dE6gH9k").unwrap();
        assert_eq!(own.generation, 1);
        assert_eq!(own.path(), "/s/Ab3dE6gH9k");
        let friend = own.next().unwrap();
        assert_eq!(friend.path(), "/s/Ab3dE6gH9k.2");
        assert_eq!(ShareAddress::parse("Ab3dE6gH9k.2"), Some(friend));
        for wrong in [
            "",
            "Ab3dE6gH9",
            "Ab3dE6gH9kk",
            "Ab3dE6gH9-",
            "Ab3dE6gH9k.1",
            "Ab3dE6gH9k.02",
            "Ab3dE6gH9k.+2",
            "Ab3dE6gH9k.10",
            "Ab3dE6gH9k.",
            "Ab3dE6gH9k.2.3",
            "Äb3dE6gH9",
        ] {
            assert_eq!(ShareAddress::parse(wrong), None, "{wrong}");
        }
        let last = ShareAddress::parse(&format!("Ab3dE6gH9k.{MAX_GENERATION}")).unwrap();
        assert_eq!(last.next(), None);
    }

    #[test]
    fn chat_apps_previews_and_crawlers_are_machines_and_phones_are_people() {
        let machines = [
            "WhatsApp/2.23.20.0 A",
            "WhatsApp/2.2343.3 W",
            "TelegramBot (like TwitterBot)",
            "facebookexternalhit/1.1 Facebot Twitterbot/1.0",
            "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
            "Twitterbot/1.0",
            "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
            "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
            "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
            "Snap URL Preview Service; bot; snapchat; https://developers.snap.com/robots",
            "facebookexternalhit/1.1;line-poker/1.0",
            "facebookexternalhit/1.1; kakaotalk-scrap/1.0; +https://devtalk.kakao.com/t/scrap/33984",
            "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5",
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
            "curl/8.5.0",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
            "",
        ];
        for agent in machines {
            assert!(is_preview_fetcher(Some(agent)), "{agent}");
        }
        assert!(is_preview_fetcher(None));
        let people = [
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.5.0",
            "Mozilla/5.0 (Linux; Android 13; SM-A515F) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 KAKAOTALK 10.5.6",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN",
            "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
        ];
        for agent in people {
            assert!(!is_preview_fetcher(Some(agent)), "{agent}");
        }
    }

    #[test]
    fn a_visitor_is_the_same_within_a_day_and_link_and_nothing_else() {
        let key = visitor_key("salt", 7, 1, "203.0.113.9", "Firefox");
        assert_eq!(key, visitor_key("salt", 7, 1, "203.0.113.9", "Firefox"));
        assert_ne!(
            key,
            visitor_key("other salt", 7, 1, "203.0.113.9", "Firefox")
        );
        assert_ne!(key, visitor_key("salt", 8, 1, "203.0.113.9", "Firefox"));
        assert_ne!(key, visitor_key("salt", 7, 2, "203.0.113.9", "Firefox"));
        assert_ne!(key, visitor_key("salt", 7, 1, "203.0.113.90", "Firefox"));
    }

    #[test]
    fn a_target_is_accepted_only_on_the_brands_sites() {
        assert_eq!(parse_domain(" Stride.COM ").unwrap(), "stride.com");
        assert_eq!(
            parse_domain("https://shop.stride.com/drops?x=1").unwrap(),
            "shop.stride.com"
        );
        for wrong in [
            "",
            "localhost",
            "127.0.0.1",
            "https://",
            "stride com",
            "javascript:alert(1)",
        ] {
            assert!(parse_domain(wrong).is_err(), "{wrong}");
        }
        assert_eq!(parse_target("  ").unwrap(), None);
        let target = parse_target("https://shop.stride.com/kit")
            .unwrap()
            .unwrap();
        let domains = vec!["stride.com".to_string()];
        assert!(on_domains(&target, &domains));
        assert!(on_domains("https://stride.com/", &domains));
        assert!(!on_domains("https://evilstride.com/", &domains));
        assert!(!on_domains("https://stride.com.evil.example/", &domains));
        for wrong in [
            "stride.com/kit",
            "javascript:alert(1)",
            "ftp://stride.com/x",
            "https://10.0.0.1/",
        ] {
            assert!(parse_target(wrong).is_err(), "{wrong}");
        }
        assert_eq!(site_of("https://www.stride.com/kit"), "stride.com");
    }

    #[test]
    fn tags_are_kept_once_in_lower_case() {
        let tags = Tags::parse(" Music, cars,#music\nStreet  Style ").unwrap();
        assert_eq!(tags.as_slice(), ["music", "cars", "street style"]);
        assert_eq!(Tags::from_stored(&tags.stored()), tags);
        assert_eq!(tags.shown(), "music, cars, street style");
        assert_eq!(Tags::parse("").unwrap(), Tags::default());
        assert!(Tags::parse("a;b").is_err());
        assert!(Tags::parse(&"x".repeat(31)).is_err());
        assert!(Tags::parse("a,b,c,d,e,f,g,h,i").is_err());
    }
}
