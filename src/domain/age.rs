use crate::i18n::Lang;
use chrono::{Datelike, NaiveDate};

/// Year and month of birth: all the app ever knows of a member's birthday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BirthMonth {
    pub year: i32,
    pub month: u32,
}

/// Why a birth month was not taken; the join form says it in the member's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BirthError {
    /// Not a year at all.
    Year,
    /// No month, or not one of the twelve.
    Month,
    /// In the future, or more than 110 years ago.
    Impossible,
}

impl BirthMonth {
    pub fn parse(year: &str, month: &str, today: NaiveDate) -> Result<Self, BirthError> {
        let year: i32 = year.trim().parse().map_err(|_| BirthError::Year)?;
        let month: u32 = month
            .trim()
            .parse()
            .ok()
            .filter(|m| (1..=12).contains(m))
            .ok_or(BirthError::Month)?;
        if year < today.year() - 110 || (year, month) > (today.year(), today.month()) {
            return Err(BirthError::Impossible);
        }
        Ok(BirthMonth { year, month })
    }

    /// As stored: a month out of range is taken as the nearest real one.
    pub fn stored(year: i32, month: i32) -> Self {
        BirthMonth {
            year,
            month: month.clamp(1, 12) as u32,
        }
    }

    /// The age band on `day`.
    pub fn band_on(self, day: NaiveDate) -> AgeBand {
        AgeBand::of_age(self.age_on(day))
    }

    /// Completed years on `day`. Only the month is known, so the birthday is taken
    /// as the last day of that month: an age is never overstated, which matters for
    /// the minimum age and the age of consent.
    pub fn age_on(self, day: NaiveDate) -> i32 {
        age_in_months(self, day).div_euclid(12)
    }
}

/// Completed months of age on `day`, counting the birth month as not yet complete.
pub fn age_in_months(birth: BirthMonth, day: NaiveDate) -> i32 {
    let months = (day.year() - birth.year) * 12 + day.month() as i32 - birth.month as i32 - 1;
    months.max(0)
}

/// The age bands every summary uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgeBand {
    Under16,
    From16To17,
    From18To19,
    From20To24,
    From25To34,
    From35,
}

/// A band is written out (in a stored release) as its label.
impl serde::Serialize for AgeBand {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.label())
    }
}

/// And read back (from a stored release) from its label.
impl<'de> serde::Deserialize<'de> for AgeBand {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let label = String::deserialize(deserializer)?;
        AgeBand::from_label(&label)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown age band {label:?}")))
    }
}

impl AgeBand {
    pub const ALL: [AgeBand; 6] = [
        AgeBand::Under16,
        AgeBand::From16To17,
        AgeBand::From18To19,
        AgeBand::From20To24,
        AgeBand::From25To34,
        AgeBand::From35,
    ];

    pub fn of_age(age: i32) -> Self {
        match age {
            ..=15 => AgeBand::Under16,
            16..=17 => AgeBand::From16To17,
            18..=19 => AgeBand::From18To19,
            20..=24 => AgeBand::From20To24,
            25..=34 => AgeBand::From25To34,
            _ => AgeBand::From35,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AgeBand::Under16 => "under 16",
            AgeBand::From16To17 => "16–17",
            AgeBand::From18To19 => "18–19",
            AgeBand::From20To24 => "20–24",
            AgeBand::From25To34 => "25–34",
            AgeBand::From35 => "35+",
        }
    }

    /// Under 18: what members in this band post is checked for personal details.
    pub fn is_minor(self) -> bool {
        matches!(self, AgeBand::Under16 | AgeBand::From16To17)
    }

    pub fn from_label(label: &str) -> Option<Self> {
        AgeBand::ALL.into_iter().find(|band| band.label() == label)
    }
}

/// A member's country, which sets the age of digital consent (the age a law
/// sets, as `src/domain/countries.tsv` records with its source; 16 where none is
/// known) and the time zones their pages can be shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    pub code: &'static str,
    pub name: &'static str,
    /// Its name in each members' language, in the order of `Lang::ALL`
    /// (English first; the others from the Unicode CLDR, see
    /// `country_names.tsv`).
    pub names: [&'static str; Lang::ALL.len()],
    /// Africa, Americas, Antarctica, Asia, Europe or Oceania: how the join
    /// form groups the list.
    pub region: &'static str,
    pub consent_age: i32,
    /// The law the consent age comes from (empty where none is known).
    pub consent_source: &'static str,
    /// The country's time zones, the most populous first: the one its
    /// members' pages use unless they pick another.
    pub zones: &'static [&'static str],
}

mod countries {
    use super::Country;
    include!(concat!(env!("OUT_DIR"), "/countries.rs"));
}

impl Country {
    pub const ALL: &'static [Country] = &countries::ALL;

    /// The regions of the join form's groups, in their order, each with its
    /// names in the order of `Lang::ALL`.
    pub const REGIONS: &'static [(&'static str, [&'static str; Lang::ALL.len()])] =
        &countries::REGIONS;

    /// Its name in `lang`.
    pub fn name_in(&self, lang: Lang) -> &'static str {
        self.names[lang.index()]
    }

    /// The name in `lang` of a member's stored country, or "another country"
    /// for a code not known.
    pub fn name_of(code: &str, lang: Lang) -> String {
        Country::parse(code).map_or_else(
            |_| lang.t("data-another-country"),
            |c| c.name_in(lang).to_string(),
        )
    }

    /// The zone pages and mails show times in for a member living in the
    /// country of `code` who has picked `chosen` (one of its zones) or none
    /// (the country's first); UTC for a code not known.
    pub fn zone_for(code: &str, chosen: Option<&str>) -> chrono_tz::Tz {
        let Ok(country) = Country::parse(code) else {
            return chrono_tz::UTC;
        };
        chosen
            .filter(|z| country.zones.contains(z))
            .or(country.zones.first().copied())
            .and_then(|z| z.parse().ok())
            .unwrap_or(chrono_tz::UTC)
    }

    pub const MINIMUM_AGE: i32 = 13;

    pub fn parse(code: &str) -> Result<&'static Self, String> {
        let code = code.trim().to_ascii_uppercase();
        Country::ALL
            .iter()
            .find(|c| c.code == code)
            .ok_or_else(|| "Choose the country you live in.".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn age_never_overstated_in_the_birth_month() {
        let birth = BirthMonth {
            year: 2010,
            month: 3,
        };
        assert_eq!(birth.age_on(day(2023, 3, 31)), 12);
        assert_eq!(birth.age_on(day(2023, 4, 1)), 13);
        assert_eq!(birth.age_on(day(2023, 2, 28)), 12);
    }

    #[test]
    fn bands_cover_every_age() {
        assert_eq!(AgeBand::of_age(13), AgeBand::Under16);
        assert_eq!(AgeBand::of_age(16), AgeBand::From16To17);
        assert_eq!(AgeBand::of_age(19), AgeBand::From18To19);
        assert_eq!(AgeBand::of_age(24), AgeBand::From20To24);
        assert_eq!(AgeBand::of_age(34), AgeBand::From25To34);
        assert_eq!(AgeBand::of_age(35), AgeBand::From35);
        for band in AgeBand::ALL {
            assert_eq!(AgeBand::from_label(band.label()), Some(band));
        }
    }

    #[test]
    fn birth_month_refuses_future_and_nonsense() {
        let today = day(2026, 11, 25);
        assert!(BirthMonth::parse("2027", "1", today).is_err());
        assert!(BirthMonth::parse("2026", "12", today).is_err());
        assert!(BirthMonth::parse("1850", "1", today).is_err());
        assert!(BirthMonth::parse("2008", "13", today).is_err());
        assert!(BirthMonth::parse("abc", "1", today).is_err());
        assert_eq!(
            BirthMonth::parse("2008", "5", today),
            Ok(BirthMonth {
                year: 2008,
                month: 5
            })
        );
    }

    #[test]
    fn every_country_has_known_time_zones_and_a_region() {
        for country in Country::ALL {
            assert!(!country.zones.is_empty(), "{}", country.code);
            for zone in country.zones {
                assert!(
                    zone.parse::<chrono_tz::Tz>().is_ok(),
                    "{} {zone}",
                    country.code
                );
            }
            assert!(
                Country::REGIONS
                    .iter()
                    .any(|(region, _)| *region == country.region),
                "{}",
                country.code
            );
        }
    }

    #[test]
    fn every_iso_country_is_listed_once() {
        assert_eq!(Country::ALL.len(), 249);
        let mut codes: Vec<&str> = Country::ALL.iter().map(|c| c.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 249);
    }

    #[test]
    fn consent_ages_follow_each_law_and_default_to_16() {
        let age = |code: &str| Country::parse(code).map(|c| c.consent_age);
        assert_eq!(age("de"), Ok(16));
        assert_eq!(age("GB"), Ok(13));
        assert_eq!(age("US"), Ok(13));
        assert_eq!(age("KR"), Ok(14));
        assert_eq!(age("CN"), Ok(14));
        assert_eq!(age("ES"), Ok(14));
        assert_eq!(age("BR"), Ok(12));
        // No law known: a guardian's consent under 16.
        assert_eq!(age("JP"), Ok(16));
        assert_eq!(Country::parse("JP").map(|c| c.consent_source), Ok(""));
        assert!(Country::parse("XX").is_err());
    }

    #[test]
    fn a_member_may_pick_one_of_their_countrys_zones_only() {
        let zone = |code: &str, chosen: Option<&str>| Country::zone_for(code, chosen).name();
        assert_eq!(zone("BR", None), "America/Sao_Paulo");
        assert_eq!(zone("BR", Some("America/Manaus")), "America/Manaus");
        assert_eq!(zone("BR", Some("Europe/Paris")), "America/Sao_Paulo");
        assert_eq!(zone("NG", None), "Africa/Lagos");
        assert_eq!(zone("XX", None), "UTC");
    }
}
