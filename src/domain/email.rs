use std::fmt;

/// An email address, trimmed and lower-cased, checked for a plausible shape.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let value = raw.trim().to_lowercase();
        if value.is_empty() {
            return Err("Enter an email address.".into());
        }
        if value.len() > 254 {
            return Err("That email address is too long.".into());
        }
        let Some((local, domain)) = value.split_once('@') else {
            return Err(format!(
                "“{}” is not an email address: it has no @.",
                raw.trim()
            ));
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.contains('@')
            && local
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
        if !domain_ok || !local_ok {
            return Err(format!("“{}” is not a valid email address.", raw.trim()));
        }
        Ok(Email(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Email;

    #[test]
    fn accepts_and_normalises_ordinary_addresses() {
        assert_eq!(
            Email::parse("  Ana.Lopez+cohort@Example.COM ").map(|e| e.0),
            Ok("ana.lopez+cohort@example.com".to_string())
        );
    }

    #[test]
    fn refuses_malformed_addresses() {
        for bad in [
            "",
            "plain",
            "a@b",
            "@example.com",
            "a@.com",
            "a b@example.com",
            "a@exa mple.com",
            "<script>@x.com",
            "a@@b.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }
}
