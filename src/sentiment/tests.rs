use super::*;

fn score(text: &str) -> f64 {
    analyse(text).score.unwrap_or(f64::NAN)
}

fn label(text: &str) -> Label {
    analyse(text).label
}

/// The examples published with VADER read as VADER reads them: the same
/// label, and more emphasis ("very", capitals, "!!!") scoring higher. The
/// scores themselves differ on purpose (see `vader.rs`).
#[test]
fn reads_vader_s_published_examples_as_vader_does() {
    let rising = [
        "VADER is smart, handsome, and funny.",
        "VADER is very smart, handsome, and funny.",
        "VADER is VERY SMART, handsome, and FUNNY.",
        "VADER is VERY SMART, handsome, and FUNNY!!!",
    ];
    assert!(
        score("VADER is smart, handsome, and funny!")
            > score("VADER is smart, handsome, and funny.")
    );
    for pair in rising.windows(2) {
        assert!(score(pair[1]) > score(pair[0]), "{} ≤ {}", pair[1], pair[0]);
    }
    let cases = [
        ("VADER is smart, handsome, and funny.", Label::Positive),
        ("VADER is not smart, handsome, nor funny.", Label::Negative),
        ("The book was good.", Label::Positive),
        ("At least it isn't a horrible book.", Label::Positive),
        (
            "The plot was good, but the characters are uncompelling and the dialog is not great.",
            Label::Negative,
        ),
        ("Today SUX!", Label::Negative),
        ("Make sure you :) or :D today!", Label::Positive),
        ("Not bad at all", Label::Positive),
    ];
    for (text, expected) in cases {
        assert_eq!(label(text), expected, "{text}: {}", score(text));
    }
}

/// Where Cohorts reads better than VADER: negations count once, "NO NO NO"
/// is no, "D:" is dismay, a drawn-out or inflected word is the word, and
/// "fire" is praise only where it says what something is.
#[test]
fn fixes_what_vader_misreads() {
    assert!(score("DON'T CARE DON'T CARE DON'T CARE") < 0.0);
    assert!(score("NO NO NO") < 0.0);
    assert!(score("I'm so sorry D: D:") < 0.0);
    assert!(score("yayyyy") > 0.0);
    assert!(score("loooove it") > score("love it"));
    // VADER lists "wreck", "scam" and "spam" but not these forms of them.
    assert!(score("they wrecked the launch") < 0.0);
    assert!(score("scammed again") < 0.0);
    assert!(score("my inbox is full of spams") < 0.0);
    assert!(score("these boots are fire") > 0.0);
    assert!(score("the warehouse fire destroyed the stock") < 0.0);
    assert!(score("seriously good") > score("good"));
    assert!(score("freaking love it") > score("love it"));
    assert!(score("A mediocre, tedious film.") < 0.0);
}

#[test]
fn negation_flips_and_softens() {
    assert!(score("not good") < 0.0);
    assert!(score("never disappointed") > 0.0);
    assert!(score("This is not bad") > 0.0);
    assert_eq!(label("The grip isn't good at all"), Label::Negative);
}

#[test]
fn boosters_and_dampeners() {
    assert!(score("so good") > score("good"));
    assert!(score("kinda good") < score("good"));
    assert!(score("lowkey good") < score("good"));
    assert!(score("really bad") < score("bad"));
}

#[test]
fn contrast_weighs_what_follows_but() {
    assert_eq!(
        label("The colour is great but the sole is terrible"),
        Label::Negative
    );
    assert_eq!(
        label("The sole is a bit stiff but honestly the best ball I've played with"),
        Label::Positive
    );
}

#[test]
fn capitals_and_exclamations_are_emphasis() {
    assert!(score("This is GOOD") > score("This is good"));
    assert!(score("This is good!!!") > score("This is good"));
}

#[test]
fn emoji_and_emoticons_carry_sentiment() {
    assert_eq!(label("new boots 🔥🔥"), Label::Positive);
    assert_eq!(label("😍"), Label::Positive);
    assert_eq!(label("the fit 🙄"), Label::Negative);
    assert_eq!(label("customer service 😡"), Label::Negative);
    assert_eq!(label("this ad 💀💀"), Label::Positive);
    assert_eq!(label("ok :("), Label::Negative);
}

#[test]
fn the_members_own_words() {
    for positive in [
        "these boots are fire",
        "the new ball slaps",
        "lowkey the best jersey this year",
        "the drop is bussin no cap",
        "goated",
        "the designers ate with this one",
        "honestly this colourway is a banger",
    ] {
        assert_eq!(label(positive), Label::Positive, "{positive}");
    }
    for negative in [
        "the fit is mid",
        "the logo gives me the ick",
        "that ad was so cringe",
        "overpriced and mid",
        "this is trash",
    ] {
        assert_eq!(label(negative), Label::Negative, "{negative}");
    }
    assert!(score("fire no cap") > score("fire"));
}

#[test]
fn neutral_text_is_neutral() {
    assert_eq!(label("I got them on Tuesday."), Label::Neutral);
    assert_eq!(label(""), Label::Neutral);
}

#[test]
fn five_more_languages_are_scored_with_their_own_words() {
    for (text, code, expected) in [
        (
            "Die Schuhe sind wirklich schlecht verarbeitet und viel zu teuer für diese Qualität.",
            "deu",
            Label::Negative,
        ),
        (
            "Ich liebe diese Schuhe, sie sind super bequem!",
            "deu",
            Label::Positive,
        ),
        ("Ich mag die Farbe nicht.", "deu", Label::Negative),
        (
            "Les chaussures sont vraiment mal faites et beaucoup trop chères pour cette qualité.",
            "fra",
            Label::Negative,
        ),
        (
            "J'adore ces chaussures, elles sont trop bien !",
            "fra",
            Label::Positive,
        ),
        ("Ce n'est pas bon du tout.", "fra", Label::Negative),
        (
            "Las zapatillas están muy mal hechas y son demasiado caras para esta calidad.",
            "spa",
            Label::Negative,
        ),
        ("Me encantan, son súper cómodas", "spa", Label::Positive),
        ("No me gusta nada el color", "spa", Label::Negative),
        (
            "Amei o tênis, muito confortável e lindo demais",
            "por",
            Label::Positive,
        ),
        ("Não gostei, o tênis é ruim e caro", "por", Label::Negative),
        (
            "Bellissime, comodissime e leggere, le adoro",
            "ita",
            Label::Positive,
        ),
        (
            "Non mi piace per niente, sono scomode",
            "ita",
            Label::Negative,
        ),
    ] {
        let result = analyse(text);
        assert_eq!(result.language, code, "{text}");
        assert_eq!(result.label, expected, "{text}");
    }
}

#[test]
fn mixed_posts_count_their_english_slang_and_emoji() {
    let mixed = analyse("Las nuevas botas son fire 🔥 no cap, me encantan");
    assert_eq!(mixed.language, "spa");
    assert_eq!(mixed.label, Label::Positive);
    let mixed = analyse("El color es muy mid, la verdad 💀 pero bueno");
    assert_eq!(mixed.language, "spa");
    assert!(mixed.score.is_some());
}

#[test]
fn languages_not_covered_are_unscored_not_guessed() {
    for (text, code) in [
        (
            "Ayakkabılar gerçekten çok kötü yapılmış ve bu kalite için fazla pahalı.",
            "tur",
        ),
        (
            "この靴は本当に快適で、デザインもとても気に入っています。",
            "jpn",
        ),
        (
            "De schoenen zijn echt slecht gemaakt en veel te duur voor deze kwaliteit.",
            "nld",
        ),
    ] {
        let result = analyse(text);
        assert_eq!(result.label, Label::Unscored, "{text}");
        assert_eq!(result.score, None);
        assert_eq!(result.language, code);
    }
    // Short English slang is not mistaken for another language.
    assert_eq!(analyse("mid fr").label, Label::Negative);
    assert_eq!(analyse("mid fr").language, "eng");
}

#[test]
fn scores_stay_in_range_for_any_text() {
    let long = "amazing! ".repeat(500);
    let samples = [
        "!!!!!!!!",
        "?????",
        ":) :) :) :) :)",
        "NOT NOT NOT bad",
        long.as_str(),
        "🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥",
        "\u{0}\u{1}",
        "but but but",
    ];
    for text in samples {
        let s = analyse(text);
        if let Some(score) = s.score {
            assert!((-1.0..=1.0).contains(&score), "{text}: {score}");
            assert_eq!(s.label, Label::of_score(score));
        }
    }
}

#[test]
fn words_are_split_at_any_whitespace_in_ascii_text_and_in_the_rest() {
    let spaced = score("This is NOT good at all, sadly");
    for separator in ["\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "  "] {
        let text = format!("This{separator}is NOT good{separator}at all, sadly");
        assert_eq!(score(&text), spaced, "{separator:?}");
    }
    // The same words with an emoji take the other path, and split alike.
    assert_eq!(
        score("This\u{0B}is NOT good at all, sadly 😐"),
        score("This is NOT good at all, sadly 😐")
    );
}
