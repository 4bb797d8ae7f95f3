//! A brand's privacy budget: the ε per member a month its releases spend
//! (`docs/PRIVACY.md`).

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EpsilonPerMonth(f64);

impl EpsilonPerMonth {
    /// The range a brand may choose from.
    pub const BOUNDS: (f64, f64) = (0.5, 8.0);
    pub const DEFAULT: f64 = 4.0;

    pub fn parse(raw: &str) -> Result<Self, String> {
        let (low, high) = Self::BOUNDS;
        match raw.trim().replace(',', ".").parse::<f64>() {
            Ok(epsilon) if (low..=high).contains(&epsilon) => Ok(EpsilonPerMonth(epsilon)),
            _ => Err(format!(
                "Choose a number from {low} to {high} ({} is the default; smaller means more noise and more privacy).",
                Self::DEFAULT
            )),
        }
    }

    /// As stored: a value out of bounds is brought within them.
    pub fn stored(value: f64) -> Self {
        if value.is_nan() {
            return EpsilonPerMonth(Self::DEFAULT);
        }
        EpsilonPerMonth(value.clamp(Self::BOUNDS.0, Self::BOUNDS.1))
    }

    pub fn value(self) -> f64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_budget_is_within_bounds_or_refused() {
        assert_eq!(
            EpsilonPerMonth::parse(" 2,5 ").map(EpsilonPerMonth::value),
            Ok(2.5)
        );
        for refused in ["0.4", "8.01", "NaN", "inf", "", "four"] {
            assert!(EpsilonPerMonth::parse(refused).is_err(), "{refused}");
        }
        assert_eq!(EpsilonPerMonth::stored(100.0).value(), 8.0);
        assert_eq!(
            EpsilonPerMonth::stored(f64::NAN).value(),
            EpsilonPerMonth::DEFAULT
        );
    }
}
