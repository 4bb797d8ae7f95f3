//! Invites, and joining through one.

use actix_web::http::StatusCode;
use askama::Template;

use crate::i18n::{Arg, Lang};

use crate::domain::{Country, InviteId};
use crate::pages::{Chrome, CohortHeader, Page, Pager, form_status};
use crate::services::FieldErrors;
use crate::services::invites::Funnel;

pub struct InviteRow {
    pub id: InviteId,
    pub kind: String,
    pub label: String,
    pub uses: i32,
    pub max_uses: i32,
    pub expires: String,
    /// The invitation's language ("—" for a join link, whose visitors' browsers decide).
    pub language: &'static str,
    pub state: &'static str,
    pub revocable: bool,
    /// A join link that still admits people, which staff can see again.
    pub showable: bool,
    /// How far a personal invitation got ("Mail sent", "Link opened", "Joined"…).
    pub progress: &'static str,
    /// A personal invitation nobody took up, which can be sent again.
    pub resendable: bool,
}

pub struct InviteLink {
    pub label: String,
    pub url: String,
    /// A join link's QR code, as an SVG image's `data:` address (none for
    /// personal invites, which were mailed).
    pub qr: Option<String>,
}

impl InviteLink {
    /// A join link, with the QR code that opens it from a poster or a screen.
    pub fn shareable(label: String, url: String) -> InviteLink {
        let qr = crate::pages::qr_code(&url);
        InviteLink { label, url, qr }
    }
}

pub struct RejectedLine {
    pub input: String,
    pub reason: String,
}

#[derive(Default)]
pub struct InviteForms {
    pub emails: String,
    /// The language the personal invitations are written in.
    pub language: Lang,
    pub link_label: String,
    pub link_uses: String,
    pub link_days: String,
}

#[derive(Template)]
#[template(path = "invites.html")]
pub struct InvitesPage {
    pub chrome: Chrome,
    pub header: CohortHeader,
    pub invites: Vec<InviteRow>,
    pub funnel: Funnel,
    pub pager: Pager,
    pub forms: InviteForms,
    pub errors: FieldErrors,
    pub created: Vec<InviteLink>,
    /// `created` holds a join link made earlier, shown again.
    pub shown_again: bool,
    pub rejected: Vec<RejectedLine>,
    pub free_seats: i32,
}

impl InvitesPage {
    /// The languages an invitation can be written in.
    pub fn languages(&self) -> [Lang; Lang::ALL.len()] {
        Lang::ALL
    }
}

impl Page for InvitesPage {
    fn status(&self) -> StatusCode {
        form_status(&self.errors)
    }
}

#[derive(Default)]
pub struct JoinForm {
    pub display_name: String,
    pub city: String,
    pub birth_year: String,
    pub birth_month: String,
    pub country: String,
    pub email: String,
    pub guardian_consent: bool,
    pub consent: bool,
}

/// One region's countries on the join form: (code, name) sorted by name.
pub struct CountryGroup {
    pub region: &'static str,
    pub countries: Vec<(&'static str, &'static str)>,
}

/// Compares names as readers of `lang` expect (Unicode collation with the
/// language's rules: "Österreich" among the O's in German, "Çad" after
/// "Cuba" in Turkish, Chinese names by their pinyin); `None` should the
/// language's rules be missing, and names then go in plain order.
fn collator(lang: Lang) -> Option<icu_collator::CollatorBorrowed<'static>> {
    let locale = lang.code().parse::<icu_locale_core::Locale>().ok()?;
    icu_collator::Collator::try_new(
        icu_collator::CollatorPreferences::from(&locale),
        icu_collator::options::CollatorOptions::default(),
    )
    .ok()
}

/// Sorts (code, name) pairs by name with `collator`.
fn sort_by_name(
    countries: &mut [(&str, &str)],
    collator: Option<&icu_collator::CollatorBorrowed<'static>>,
) {
    match collator {
        Some(collator) => countries.sort_by(|a, b| collator.compare(a.1, b.1)),
        None => countries.sort_by(|a, b| a.1.cmp(b.1)),
    }
}

impl CountryGroup {
    /// Every region's countries, named in `lang`.
    pub fn all(lang: Lang) -> Vec<CountryGroup> {
        let collator = collator(lang);
        Country::REGIONS
            .iter()
            .map(|(region, names)| {
                let mut countries: Vec<(&str, &str)> = Country::ALL
                    .iter()
                    .filter(|country| country.region == *region)
                    .map(|country| (country.code, country.name_in(lang)))
                    .collect();
                sort_by_name(&mut countries, collator.as_ref());
                CountryGroup {
                    region: names[lang.index()],
                    countries,
                }
            })
            .collect()
    }
}

#[derive(Template)]
#[template(path = "join.html")]
pub struct JoinPage {
    pub chrome: Chrome,
    pub token: String,
    pub cohort_name: String,
    pub description: String,
    pub theme: String,
    pub brand_name: String,
    pub cities: Vec<String>,
    /// The country list by region, named in the page's language.
    pub country_groups: Vec<CountryGroup>,
    pub form: JoinForm,
    pub errors: FieldErrors,
    pub seats_left: i32,
    /// Join links (not personal invites) may be given an address for the personal link.
    pub ask_email: bool,
    /// Sent back with the form so that sending it twice admits one member.
    pub submission_key: String,
}

impl JoinPage {
    fn private_note(&self) -> String {
        self.chrome.lang.t_with(
            "join-private",
            &[
                ("brand", Arg::Text(&self.brand_name)),
                ("seats", Arg::Number(i64::from(self.seats_left))),
            ],
        )
    }

    /// The months, numbered from 1, named in the page's language.
    pub fn months(&self) -> Vec<(u32, String)> {
        (1..=12).map(|n| (n, self.chrome.lang.month(n))).collect()
    }
}

impl Page for JoinPage {
    fn status(&self) -> StatusCode {
        form_status(&self.errors)
    }
}

#[derive(Template)]
#[template(path = "welcome.html")]
pub struct WelcomePage {
    pub chrome: Chrome,
    pub cohort_name: String,
    pub access_url: String,
    /// The link was mailed to them too.
    pub mailed: bool,
}

impl Page for WelcomePage {}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(lang: Lang, mut list: Vec<(&'static str, &'static str)>) -> Vec<&'static str> {
        sort_by_name(&mut list, collator(lang).as_ref());
        list.into_iter().map(|(_, name)| name).collect()
    }

    #[test]
    fn countries_sort_as_each_language_sorts_names() {
        let european = vec![
            ("AT", "Österreich"),
            ("OM", "Oman"),
            ("PL", "Polen"),
            ("TD", "Çad"),
            ("CU", "Cuba"),
            ("DK", "Dänemark"),
        ];
        assert_eq!(
            names(Lang::De, european.clone()),
            ["Çad", "Cuba", "Dänemark", "Oman", "Österreich", "Polen"]
        );
        assert_eq!(
            names(Lang::Tr, european),
            ["Cuba", "Çad", "Dänemark", "Oman", "Österreich", "Polen"]
        );
        assert_eq!(
            names(
                Lang::ZhCn,
                vec![("CN", "中国"), ("JP", "日本"), ("US", "美国")]
            ),
            ["美国", "日本", "中国"],
            "by pinyin: Měiguó, Rìběn, Zhōngguó"
        );
    }
}
