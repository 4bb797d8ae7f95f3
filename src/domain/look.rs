//! A brand's look on its members' pages: its accent colour, checked to stay
//! readable, and the stylesheet lines that put it in place of Cohorts' own.

/// Cohorts' own accent, for a brand without one.
pub const COHORTS_ACCENT: &str = "#2251d1";

/// A brand's accent as mails write it: its own, or Cohorts'.
pub fn accent_or_default(accent: Option<&str>) -> &str {
    accent.unwrap_or(COHORTS_ACCENT)
}

/// A colour `#rrggbb` on which white button text stays readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accent([u8; 3]);

impl Accent {
    /// `#1a7f5a` or `1A7F5A`; refused when white text on it would not reach
    /// the contrast of 4.5 to 1 that readable text needs (WCAG AA).
    pub fn parse(raw: &str) -> Result<Self, String> {
        let hex = raw.trim().trim_start_matches('#');
        let bytes = (hex.len() == 6)
            .then(|| hex::decode(hex).ok())
            .flatten()
            .ok_or_else(|| {
                "Give the colour as # and six hex digits, for example #1a7f5a.".to_string()
            })?;
        let accent = Accent([bytes[0], bytes[1], bytes[2]]);
        if accent.contrast_with_white() < 4.5 {
            return Err(format!(
                "#{hex} is too light: white text on buttons would be hard to read. Choose a darker shade."
            ));
        }
        Ok(accent)
    }

    /// As stored: `#rrggbb`, lower case.
    pub fn stored(self) -> String {
        format!("#{}", hex::encode(self.0))
    }

    fn contrast_with_white(self) -> f64 {
        contrast(self.0, [255, 255, 255])
    }

    /// The colour mixed with white: `share` of white, 0 to 1.
    fn tint(self, share: f64) -> String {
        let mix = |c: u8| (f64::from(c) + (255.0 - f64::from(c)) * share).round() as u8;
        format!(
            "#{}",
            hex::encode([mix(self.0[0]), mix(self.0[1]), mix(self.0[2])])
        )
    }

    /// The stylesheet that replaces the accent tokens: the colour itself on
    /// light pages, a light tint of it where the page is dark.
    pub fn stylesheet(self) -> String {
        format!(
            ":root {{ --accent: {}; --accent-bg: {}; }}\n\
             @media (prefers-color-scheme: dark) {{ :root {{ --accent: {}; }} }}\n",
            self.stored(),
            self.tint(0.88),
            self.tint(0.45)
        )
    }
}

/// The address of a brand's stylesheet for its colour (the colour is in the
/// address, so a changed look is fetched afresh despite caching).
pub fn stylesheet_path(brand: crate::domain::BrandId, accent: &str) -> String {
    format!(
        "/brands/{brand}/look.css?v={}",
        accent.trim_start_matches('#')
    )
}

/// The full address of a brand's logo, for mail, when it has one.
pub fn logo_url(
    public_url: &str,
    brand: crate::domain::BrandId,
    stored_key: Option<&str>,
) -> Option<String> {
    stored_key.map(|key| format!("{public_url}{}", logo_path(brand, key)))
}

/// The address of a brand's logo; it names the stored file, so a new logo
/// gets a new address and an old one may be kept long by browsers.
pub fn logo_path(brand: crate::domain::BrandId, stored_key: &str) -> String {
    let version: String = stored_key.chars().take(8).collect();
    format!("/brands/{brand}/logo.png?v={version}")
}

/// Relative luminance (WCAG 2) of an sRGB colour.
pub fn luminance(rgb: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
}

/// The contrast ratio (WCAG 2) of two colours, 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_accent_is_six_hex_digits_dark_enough_for_white_text() {
        let green = Accent::parse(" 1A7F5A ").unwrap();
        assert_eq!(green.stored(), "#1a7f5a");
        assert_eq!(Accent::parse("#2251d1").unwrap().stored(), "#2251d1");
        assert!(Accent::parse("#ffeb3b").unwrap_err().contains("too light"));
        for wrong in ["", "#12345", "#1234567", "#gggggg", "red", "#12345é"] {
            assert!(Accent::parse(wrong).is_err(), "{wrong}");
        }
        let css = green.stylesheet();
        assert!(css.contains("--accent: #1a7f5a;"));
        assert!(css.contains("prefers-color-scheme: dark"));
    }
}
