use super::*;

#[test]
fn a_browser_gets_the_closest_language_it_asks_for() {
    assert_eq!(Lang::negotiate(""), Lang::En);
    assert_eq!(Lang::negotiate("es-MX,es;q=0.9,en;q=0.8"), Lang::Es);
    assert_eq!(Lang::negotiate("pt-BR"), Lang::PtBr);
    assert_eq!(Lang::negotiate("pt-PT,pt;q=0.9"), Lang::PtBr);
    assert_eq!(Lang::negotiate("zh-TW"), Lang::ZhCn);
    assert_eq!(Lang::negotiate("ko-KR,ko;q=0.9"), Lang::Ko);
    assert_eq!(Lang::negotiate("JA"), Lang::Ja);
    // By weight, not by order; the first of equals wins.
    assert_eq!(Lang::negotiate("en;q=0.3, de;q=0.8, fr;q=0.5"), Lang::De);
    assert_eq!(Lang::negotiate("fr, it"), Lang::Fr);
    // Languages Cohorts does not speak are passed over.
    assert_eq!(Lang::negotiate("nl-NL, tr;q=0.4"), Lang::Tr);
    assert_eq!(Lang::negotiate("nl-NL, sv"), Lang::En);
    // A weight of zero means "not this one"; malformed weights are ignored.
    assert_eq!(Lang::negotiate("de;q=0, it;q=0.1"), Lang::It);
    assert_eq!(Lang::negotiate("de;q=abc, it;q=7, ko"), Lang::Ko);
    assert_eq!(Lang::negotiate(";;;,,,q=1"), Lang::En);
}

#[test]
fn tags_are_read_back_as_written() {
    for lang in Lang::ALL {
        assert_eq!(Lang::parse(lang.code()), Some(lang));
    }
    assert_eq!(Lang::parse("zh-cn"), Some(Lang::ZhCn));
    assert_eq!(Lang::parse("klingon"), None);
}

#[test]
fn plurals_and_arguments_follow_the_language() {
    let seats = |lang: Lang, n: i64| {
        lang.t_with(
            "join-private",
            &[("brand", Arg::Text("Stride")), ("seats", Arg::Number(n))],
        )
    };
    assert!(seats(Lang::En, 1).ends_with("1 seat left."));
    assert!(seats(Lang::En, 2).ends_with("2 seats left."));
    assert!(seats(Lang::En, 2).contains("Stride's team"));
    assert!(seats(Lang::Fr, 1).contains("1 place"));
    assert!(seats(Lang::Fr, 2).contains("2 places"));
    assert_ne!(Lang::De.t("sign-out"), Lang::En.t("sign-out"));
}
