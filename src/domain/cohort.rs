use super::{AgeBand, BoundedText};

/// A cohort's capacity: between 100 and 250 members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capacity(i32);

impl Capacity {
    pub const MIN: i32 = 100;
    pub const MAX: i32 = 250;

    pub fn parse(raw: &str) -> Result<Self, String> {
        match raw.trim().parse::<i32>() {
            Ok(n) if (Self::MIN..=Self::MAX).contains(&n) => Ok(Capacity(n)),
            Ok(_) => Err(format!(
                "A cohort holds between {} and {} members.",
                Self::MIN,
                Self::MAX
            )),
            Err(_) => Err("Enter the capacity as a whole number, for example 200.".into()),
        }
    }

    pub fn get(self) -> i32 {
        self.0
    }
}

/// The cities a cohort recruits in: one per line, 1 to 50 of them, no duplicates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CityList(Vec<String>);

impl CityList {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let mut cities: Vec<String> = Vec::new();
        for line in raw.lines().flat_map(|l| l.split(',')) {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let city = BoundedText::parse(line, "a city name", 1, 60)?.into_inner();
            if cities.iter().any(|c| c.eq_ignore_ascii_case(&city)) {
                return Err(format!("“{city}” is listed twice."));
            }
            cities.push(city);
        }
        if cities.is_empty() {
            return Err("List at least one city, one per line.".into());
        }
        if cities.len() > 50 {
            return Err("A cohort can list at most 50 cities.".into());
        }
        Ok(CityList(cities))
    }

    pub fn contains(&self, city: &str) -> bool {
        self.0.iter().any(|kept| kept == city)
    }

    /// The stored form: one city per line.
    pub fn to_stored(&self) -> String {
        self.0.join("\n")
    }

    pub fn from_stored(stored: &str) -> Vec<String> {
        stored
            .lines()
            .map(str::to_string)
            .filter(|c| !c.is_empty())
            .collect()
    }
}

/// Recruiting below 100 members, active from 100, full at capacity; closed
/// once its staff closed it, whatever its members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CohortStatus {
    Recruiting,
    Active,
    Full,
    Closed,
}

impl CohortStatus {
    pub fn of(members: i32, capacity: i32, closed: bool) -> Self {
        if closed {
            CohortStatus::Closed
        } else if members >= capacity {
            CohortStatus::Full
        } else if members >= Capacity::MIN {
            CohortStatus::Active
        } else {
            CohortStatus::Recruiting
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CohortStatus::Recruiting => "Recruiting",
            CohortStatus::Active => "Active",
            CohortStatus::Full => "Full",
            CohortStatus::Closed => "Closed",
        }
    }
}

/// A city of the cohort and an age band, each empty for all; a message when
/// either is not one of the lists'.
pub fn parse_segment(
    city: &str,
    band: &str,
    cities: &[String],
) -> Result<(Option<String>, Option<AgeBand>), String> {
    let city = match city {
        "" => None,
        name if cities.iter().any(|c| c == name) => Some(name.to_string()),
        _ => return Err("Choose a city from the list.".into()),
    };
    let band = match band {
        "" => None,
        label => match AgeBand::from_label(label) {
            Some(band) => Some(band),
            None => return Err("Choose an age band from the list.".into()),
        },
    };
    Ok((city, band))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacity_bounds() {
        assert!(Capacity::parse("99").is_err());
        assert!(Capacity::parse("251").is_err());
        assert!(Capacity::parse("lots").is_err());
        assert_eq!(Capacity::parse(" 100 ").map(Capacity::get), Ok(100));
        assert_eq!(Capacity::parse("250").map(Capacity::get), Ok(250));
    }

    #[test]
    fn cities_one_per_line_or_comma() {
        let list = CityList::parse("Berlin\n\nMadrid, Paris\r\n").map(|c| c.to_stored());
        assert_eq!(list, Ok("Berlin\nMadrid\nParis".into()));
        assert!(CityList::parse("Berlin\nberlin").is_err());
        assert!(CityList::parse("  \n ").is_err());
    }

    #[test]
    fn status_thresholds() {
        assert_eq!(CohortStatus::of(99, 200, false), CohortStatus::Recruiting);
        assert_eq!(CohortStatus::of(100, 200, false), CohortStatus::Active);
        assert_eq!(CohortStatus::of(200, 200, false), CohortStatus::Full);
        assert_eq!(CohortStatus::of(200, 200, true), CohortStatus::Closed);
    }
}
