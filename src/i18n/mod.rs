//! The languages members read Cohorts in: which ones, how a browser's
//! `Accept-Language` picks one, and the messages in each, from the Fluent files
//! under `locales/` (one folder per language, edited by translators; built into
//! the binary). Staff pages are English.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::format::{Item, StrftimeItems};

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // No Unicode isolation marks around arguments: every language here
        // reads left to right, and the marks would show in mail text.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A date, or a date and time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Written {
    Date,
    Time,
}

/// Each language's date and time patterns (messages `date-format` and
/// `time-format`), read once: a feed page writes twenty times. A pattern a
/// translator mistyped falls back to English's.
static PATTERNS: LazyLock<HashMap<(Lang, Written), Vec<Item<'static>>>> = LazyLock::new(|| {
    let mut patterns = HashMap::new();
    for lang in Lang::ALL {
        for (what, key, plain) in [
            (Written::Date, "date-format", "%-d %b %Y"),
            (Written::Time, "time-format", "%-d %b %Y, %H:%M %Z"),
        ] {
            let pattern = lang.t(key);
            let items = StrftimeItems::new_with_locale(&pattern, lang.locale())
                .parse_to_owned()
                .or_else(|_| StrftimeItems::new(plain).parse_to_owned())
                .unwrap_or_default();
            patterns.insert((lang, what), items);
        }
    }
    patterns
});

/// Messages without arguments, formatted once per thread and language: a
/// page asks for dozens, and each lookup through the loader negotiates the
/// fallback languages, hashes the language and the key, and formats the
/// message again. Keys come from the code, so the memo stays small; it is
/// bounded all the same.
type PlainMessages = [rustc_hash::FxHashMap<Box<str>, String>; Lang::ALL.len()];
const PLAIN_MESSAGES_KEPT: usize = 4_096;

thread_local! {
    static PLAIN_MESSAGES: RefCell<PlainMessages> = RefCell::new(Default::default());
}

/// A language of the members' side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
    PtBr,
    Fr,
    De,
    It,
    Tr,
    Ja,
    Ko,
    ZhCn,
}

impl Lang {
    pub const ALL: [Lang; 10] = [
        Lang::En,
        Lang::Es,
        Lang::PtBr,
        Lang::Fr,
        Lang::De,
        Lang::It,
        Lang::Tr,
        Lang::Ja,
        Lang::Ko,
        Lang::ZhCn,
    ];

    /// Where the language stands in [`Lang::ALL`], and so in tables ordered
    /// the same way (a country's names).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The BCP 47 tag: stored, sent in forms and set on `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::It => "it",
            Lang::Tr => "tr",
            Lang::Ja => "ja",
            Lang::Ko => "ko",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// Month and day names as the language writes them.
    fn locale(self) -> chrono::Locale {
        match self {
            Lang::En => chrono::Locale::en_GB,
            Lang::Es => chrono::Locale::es_ES,
            Lang::PtBr => chrono::Locale::pt_BR,
            Lang::Fr => chrono::Locale::fr_FR,
            Lang::De => chrono::Locale::de_DE,
            Lang::It => chrono::Locale::it_IT,
            Lang::Tr => chrono::Locale::tr_TR,
            Lang::Ja => chrono::Locale::ja_JP,
            Lang::Ko => chrono::Locale::ko_KR,
            Lang::ZhCn => chrono::Locale::zh_CN,
        }
    }

    /// A moment as the language writes a date and time, with the zone's name
    /// ("1 Dec 2026, 14:05 CET", "2026年12月1日 14:05 JST"), in `zone`.
    pub fn time(self, at: chrono::NaiveDateTime, zone: chrono_tz::Tz) -> String {
        self.written(at, zone, Written::Time)
    }

    /// A moment's date as the language writes it, in `zone`.
    pub fn date(self, at: chrono::NaiveDateTime, zone: chrono_tz::Tz) -> String {
        self.written(at, zone, Written::Date)
    }

    fn written(self, at: chrono::NaiveDateTime, zone: chrono_tz::Tz, what: Written) -> String {
        use chrono::TimeZone;
        let items = &PATTERNS[&(self, what)];
        zone.from_utc_datetime(&at)
            .format_localized_with_items(items.iter(), self.locale())
            .to_string()
    }

    /// The language's name in itself, for the switcher.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::PtBr => "Português (Brasil)",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::It => "Italiano",
            Lang::Tr => "Türkçe",
            Lang::Ja => "日本語",
            Lang::Ko => "한국어",
            Lang::ZhCn => "简体中文",
        }
    }

    /// A stored or sent tag; `None` for one Cohorts does not speak.
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code.trim()))
    }

    /// A member's stored language (their mails are written in it); English
    /// when none was kept or it is no longer spoken.
    pub fn stored(code: Option<&str>) -> Lang {
        code.and_then(Lang::parse).unwrap_or_default()
    }

    /// The closest language Cohorts speaks to a range of `Accept-Language`:
    /// an exact tag, else the primary language (`pt-PT` reads Brazilian
    /// Portuguese, `zh-TW` and `zh-Hant` read Simplified Chinese: closer than English).
    fn closest(range: &str) -> Option<Lang> {
        Lang::parse(range).or_else(|| {
            let primary = range.split('-').next().unwrap_or_default();
            Lang::ALL.into_iter().find(|lang| {
                lang.code()
                    .split('-')
                    .next()
                    .is_some_and(|p| p.eq_ignore_ascii_case(primary))
            })
        })
    }

    /// The language an `Accept-Language` header asks for most (RFC 9110
    /// §12.5.4: ranges by weight, the first of equals wins); English when it
    /// names none that Cohorts speaks. A malformed header reads as absent.
    pub fn negotiate(header: &str) -> Lang {
        let mut best: Option<(f32, Lang)> = None;
        for item in header.split(',').take(32) {
            let mut parts = item.split(';');
            let range = parts.next().unwrap_or_default().trim();
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
                .filter(|q| (0.0..=1.0).contains(q));
            let (Some(weight), Some(lang)) = (weight, Lang::closest(range)) else {
                continue;
            };
            if weight > 0.0 && best.is_none_or(|(w, _)| weight > w) {
                best = Some((weight, lang));
            }
        }
        best.map_or(Lang::En, |(_, lang)| lang)
    }

    fn id(self) -> LanguageIdentifier {
        match self {
            Lang::En => langid!("en"),
            Lang::Es => langid!("es"),
            Lang::PtBr => langid!("pt-BR"),
            Lang::Fr => langid!("fr"),
            Lang::De => langid!("de"),
            Lang::It => langid!("it"),
            Lang::Tr => langid!("tr"),
            Lang::Ja => langid!("ja"),
            Lang::Ko => langid!("ko"),
            Lang::ZhCn => langid!("zh-CN"),
        }
    }

    /// The name of month `n` (1 to 12).
    pub fn month(self, n: impl std::fmt::Display) -> String {
        self.t(&format!("month-{n}"))
    }

    /// The message `key` in this language.
    pub fn t(self, key: &str) -> String {
        PLAIN_MESSAGES.with_borrow_mut(|memo| {
            let memo = &mut memo[self.index()];
            if let Some(message) = memo.get(key) {
                return message.clone();
            }
            let message = LOCALES.lookup(&self.id(), key);
            if memo.len() < PLAIN_MESSAGES_KEPT {
                memo.insert(key.into(), message.clone());
            }
            message
        })
    }

    /// The message `key` with one text argument.
    pub fn t1(self, key: &str, name: &'static str, value: &str) -> String {
        self.t_with(key, &[(name, Arg::Text(value))])
    }

    /// The message `key` with one number argument, which picks the plural form.
    pub fn tn(self, key: &str, name: &'static str, n: impl TryInto<i64>) -> String {
        self.t_with(
            key,
            &[(name, Arg::Number(n.try_into().unwrap_or(i64::MAX)))],
        )
    }

    /// The message `key` with its arguments: text, or numbers (which pick
    /// the plural form and are written the language's way).
    pub fn t_with(self, key: &str, args: &[(&'static str, Arg<'_>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => FluentValue::from(*text),
                    Arg::Number(n) => FluentValue::from(*n),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        LOCALES.lookup_with_args(&self.id(), key, &args)
    }
}

/// An argument of a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

#[cfg(test)]
mod tests;
