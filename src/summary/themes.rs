//! Themes: the terms and two-word phrases that set one group of members (a city,
//! an age band) apart from the rest of the cohort, by the log-odds ratio with an
//! informative Dirichlet prior (Monroe, Colaresi & Quinn, 2008). Pure.

use std::collections::{BTreeMap, BTreeSet};

use crate::domain::{AgeBand, MemberId};
use crate::summary::heatmap::Row;

const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "aren't",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "cant",
    "could",
    "couldnt",
    "did",
    "didnt",
    "do",
    "does",
    "doesnt",
    "doing",
    "dont",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "get",
    "gets",
    "getting",
    "got",
    "had",
    "hadnt",
    "has",
    "hasnt",
    "have",
    "havent",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "id",
    "if",
    "ill",
    "im",
    "in",
    "into",
    "is",
    "isnt",
    "it",
    "its",
    "itself",
    "ive",
    "just",
    "let",
    "lets",
    "like",
    "made",
    "make",
    "makes",
    "me",
    "more",
    "most",
    "much",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "really",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "thats",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "theres",
    "these",
    "they",
    "theyre",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "us",
    "very",
    "was",
    "wasnt",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "wont",
    "would",
    "wouldnt",
    "you",
    "youre",
    "your",
    "yours",
    "yourself",
    "still",
    "though",
    "tbh",
    "ngl",
    "lol",
    "honestly",
    "today",
    "yeah",
    "thing",
    "things",
    "way",
    "well",
    "went",
    "going",
    "gonna",
    "said",
    "say",
    "see",
    "two",
    "first",
    "new",
    "use",
    "used",
];

fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

/// Lower-case words of a text, apostrophes dropped ("don't" → "dont"). Lowered
/// before filtering: some capitals lower to a letter and a combining mark ("İ").
/// Links are left out, their parts being no one's words ("http", a host, a
/// code).
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter(|token| !is_link(token))
        .flat_map(|token| token.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')))
        .map(|w| {
            w.to_lowercase()
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_link(token: &str) -> bool {
    token.contains("://")
        || token
            .get(..4)
            .is_some_and(|start| start.eq_ignore_ascii_case("www."))
}

fn is_term_word(word: &str) -> bool {
    word.chars().count() >= 3 && !is_stop_word(word) && !word.chars().all(|c| c.is_ascii_digit())
}

/// The distinct terms of one post: its words and its two-word phrases, stop
/// words left out.
pub fn post_terms(text: &str) -> BTreeSet<String> {
    let words = words(text);
    let mut terms = BTreeSet::new();
    for (i, word) in words.iter().enumerate() {
        if is_term_word(word) {
            terms.insert(word.clone());
            if let Some(next) = words.get(i + 1)
                && is_term_word(next)
            {
                terms.insert(format!("{word} {next}"));
            }
        }
    }
    terms
}

/// Everyday topics a release counts members for, whatever the posts say: the
/// vocabulary is fixed before any post is read, so a term's presence in a
/// release tells nothing of anyone.
pub const TOPIC_WORDS: &[&str] = &[
    "price",
    "cheap",
    "expensive",
    "quality",
    "comfort",
    "comfortable",
    "fit",
    "size",
    "grip",
    "colour",
    "color",
    "colours",
    "design",
    "style",
    "look",
    "weight",
    "light",
    "heavy",
    "sole",
    "laces",
    "material",
    "stitching",
    "durable",
    "broke",
    "delivery",
    "shipping",
    "store",
    "online",
    "app",
    "drop",
    "launch",
    "limited",
    "sustainable",
    "recycled",
    "ball",
    "boots",
    "shoes",
    "jersey",
    "kit",
    "training",
    "match",
    "game",
    "goal",
    "team",
    "coach",
    "running",
    "football",
    "futsal",
    "street",
    "park",
    "pitch",
    "rain",
    "weather",
    "school",
    "friends",
    "music",
    "weekend",
    "event",
    "tournament",
    "injury",
    "speed",
    "control",
    "touch",
    "skills",
];

/// A release's vocabulary: the everyday topics, then the words of the
/// catalogue's product names (staff's, not members').
pub fn vocabulary(product_names: &[String]) -> Vec<String> {
    let mut terms: Vec<String> = TOPIC_WORDS.iter().map(|w| w.to_string()).collect();
    for name in product_names {
        for word in words(name) {
            if is_term_word(&word) && !terms.contains(&word) {
                terms.push(word);
            }
        }
    }
    terms
}

/// How a cohort's term counts are grouped for themes.
#[derive(Debug, Clone, Copy)]
pub enum TermGroup {
    City,
    AgeBand,
    /// Reviews only: the reviewed product.
    Product,
    /// A city and age band, named by `cell_key`.
    Cell,
}

impl TermGroup {
    /// A cell's group name: city and age band joined by U+001F, which no city
    /// name holds (the database builds the same when it sums by cell).
    pub fn cell_key(city: &str, age_band: AgeBand) -> String {
        format!("{city}\u{1f}{}", age_band.label())
    }

    /// The group an aggregate row of posts belongs to, if any.
    fn of(self, row: &Row) -> Option<String> {
        match self {
            TermGroup::City => Some(row.city.clone()),
            TermGroup::AgeBand => Some(row.age_band.label().to_string()),
            TermGroup::Product => (!row.product.is_empty()).then(|| row.product.clone()),
            TermGroup::Cell => Some(TermGroup::cell_key(&row.city, row.age_band)),
        }
    }

    /// How many members posted in each group, from a cohort's post aggregates.
    pub fn members(self, rows: &[Row]) -> BTreeMap<String, i64> {
        let mut members: BTreeMap<String, BTreeSet<MemberId>> = BTreeMap::new();
        for row in rows {
            if let Some(group) = self.of(row) {
                members.entry(group).or_default().insert(row.member_id);
            }
        }
        members
            .into_iter()
            .map(|(group, ids)| (group, ids.len() as i64))
            .collect()
    }
}

/// How often one term is used within one group (a city, an age band, a
/// product): in how many posts, by how many members.
pub struct TermCount<'a> {
    pub group: &'a str,
    pub term: &'a str,
    pub posts: i64,
    pub members: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub term: String,
    /// The z-score of the log-odds ratio against the rest of the cohort.
    pub z: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GroupThemes {
    pub group: String,
    pub themes: Vec<Theme>,
}

/// Strength of the prior, as a share of the cohort's term uses (bounded), so a
/// small cohort is not drowned by it and a large one is smoothed enough.
fn prior_weight(grand_total: f64) -> f64 {
    (grand_total * 0.1).clamp(10.0, 500.0)
}
/// A theme must stand out at least this clearly (two-sided 95%).
const MIN_Z: f64 = 1.96;

/// Themes for each group holding at least `k` members (`group_members`: how
/// many members posted in each group). A term counts for a group only
/// when at least `k` of its members used it, so no theme is one member's.
pub fn themes(
    counts: &[TermCount<'_>],
    group_members: &BTreeMap<String, i64>,
    k: usize,
    per_group: usize,
) -> Vec<GroupThemes> {
    let k = k.max(3) as i64;
    let mut totals: BTreeMap<&str, f64> = BTreeMap::new();
    let mut group_sizes: BTreeMap<&str, f64> = BTreeMap::new();
    let mut by_group: BTreeMap<&str, Vec<&TermCount<'_>>> = BTreeMap::new();
    for count in counts {
        *totals.entry(count.term).or_default() += count.posts as f64;
        *group_sizes.entry(count.group).or_default() += count.posts as f64;
        by_group.entry(count.group).or_default().push(count);
    }
    let grand_total: f64 = totals.values().sum();
    let weight = prior_weight(grand_total);
    let mut result = Vec::new();
    for (group, members) in group_members {
        if *members < k {
            continue;
        }
        let (Some(&n_group), Some(terms)) = (
            group_sizes.get(group.as_str()),
            by_group.get(group.as_str()),
        ) else {
            continue;
        };
        let n_rest = grand_total - n_group;
        let mut scored: Vec<Theme> = terms
            .iter()
            .filter(|count| count.members >= k)
            .map(|count| {
                let in_group = count.posts as f64;
                let total = totals[count.term];
                let prior = weight * total / grand_total;
                let in_rest = total - in_group;
                let odds = |y: f64, n: f64| ((y + prior) / (n + weight - y - prior)).ln();
                let delta = odds(in_group, n_group) - odds(in_rest, n_rest);
                let variance = 1.0 / (in_group + prior) + 1.0 / (in_rest + prior);
                Theme {
                    term: count.term.to_string(),
                    z: delta / variance.sqrt(),
                }
            })
            .filter(|t| t.z >= MIN_Z)
            .collect();
        scored.sort_by(|a, b| b.z.total_cmp(&a.z).then_with(|| a.term.cmp(&b.term)));
        scored.truncate(per_group);
        result.push(GroupThemes {
            group: group.clone(),
            themes: scored,
        });
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One member's count of posts using one term, within one group, as the
    /// aggregates hold it.
    struct TermUse<'a> {
        member_id: MemberId,
        group: &'a str,
        term: &'a str,
        posts: i64,
    }

    /// Groups per-member uses the way the database query does, then finds themes.
    fn themes(uses: &[TermUse<'_>], k: usize, per_group: usize) -> Vec<GroupThemes> {
        let mut counts: BTreeMap<(&str, &str), (i64, BTreeSet<MemberId>)> = BTreeMap::new();
        let mut members: BTreeMap<String, BTreeSet<MemberId>> = BTreeMap::new();
        for u in uses {
            let entry = counts.entry((u.group, u.term)).or_default();
            entry.0 += u.posts;
            entry.1.insert(u.member_id);
            members
                .entry(u.group.to_string())
                .or_default()
                .insert(u.member_id);
        }
        let counts: Vec<TermCount> = counts
            .iter()
            .map(|((group, term), (posts, users))| TermCount {
                group,
                term,
                posts: *posts,
                members: users.len() as i64,
            })
            .collect();
        let members = members
            .into_iter()
            .map(|(group, set)| (group, set.len() as i64))
            .collect();
        super::themes(&counts, &members, k, per_group)
    }

    #[test]
    fn terms_drop_stop_words_and_keep_phrases() {
        let terms = post_terms("The grip on the street ball is fire, don't you think? 10/10");
        assert!(terms.contains("grip"));
        assert!(terms.contains("street ball"));
        assert!(terms.contains("street"));
        assert!(terms.contains("fire"));
        assert!(terms.contains("think"));
        assert!(!terms.contains("the"));
        assert!(!terms.contains("dont"));
        assert!(!terms.contains("10"));
        assert!(
            !terms.contains("ball fire"),
            "phrases do not run across punctuation-free stop words only"
        );
    }

    #[test]
    fn links_give_no_terms() {
        let terms =
            post_terms("Glow kit https://cohorts.example/s/Ab3dE9xQ www.stride.example/run ok");
        assert_eq!(
            terms,
            ["glow", "glow kit", "kit"]
                .map(String::from)
                .into_iter()
                .collect(),
        );
    }

    #[test]
    fn terms_hold_letters_only_even_where_lower_case_adds_a_mark() {
        // "İ" lowers to "i" and U+0307; the mark must not count as a letter.
        let terms = post_terms("ഒİ İSTANBUL");
        assert!(terms.contains("istanbul"), "{terms:?}");
        assert!(
            terms
                .iter()
                .all(|t| t.chars().all(|c| c.is_alphanumeric() || c == ' ')),
            "{terms:?}"
        );
    }

    #[test]
    fn a_groups_distinctive_term_rises_and_a_common_one_does_not() {
        let mut uses = Vec::new();
        // Berlin: 6 members all talk about "grip"; everyone talks about "price".
        for m in 0..6 {
            uses.push(TermUse {
                member_id: MemberId(m),
                group: "Berlin",
                term: "grip",
                posts: 4,
            });
            uses.push(TermUse {
                member_id: MemberId(m),
                group: "Berlin",
                term: "price",
                posts: 2,
            });
        }
        for m in 10..30 {
            uses.push(TermUse {
                member_id: MemberId(m),
                group: "Madrid",
                term: "price",
                posts: 2,
            });
            uses.push(TermUse {
                member_id: MemberId(m),
                group: "Madrid",
                term: "colour",
                posts: 2,
            });
        }
        let found = themes(&uses, 5, 5);
        let berlin = found
            .iter()
            .find(|g| g.group == "Berlin")
            .map(|g| g.themes.clone())
            .unwrap_or_default();
        assert_eq!(berlin.first().map(|t| t.term.as_str()), Some("grip"));
        assert!(!berlin.iter().any(|t| t.term == "price"));
        let madrid = found
            .iter()
            .find(|g| g.group == "Madrid")
            .map(|g| g.themes.clone())
            .unwrap_or_default();
        assert_eq!(madrid.first().map(|t| t.term.as_str()), Some("colour"));
    }

    #[test]
    fn a_term_of_fewer_than_k_members_is_never_a_theme() {
        let mut uses = Vec::new();
        for m in 0..8 {
            uses.push(TermUse {
                member_id: MemberId(m),
                group: "Berlin",
                term: "common",
                posts: 1,
            });
        }
        // One member repeats a rare word many times.
        uses.push(TermUse {
            member_id: MemberId(0),
            group: "Berlin",
            term: "secretword",
            posts: 50,
        });
        for m in 10..20 {
            uses.push(TermUse {
                member_id: MemberId(m),
                group: "Madrid",
                term: "common",
                posts: 1,
            });
        }
        let found = themes(&uses, 5, 5);
        assert!(
            found
                .iter()
                .all(|g| g.themes.iter().all(|t| t.term != "secretword"))
        );
    }

    #[test]
    fn small_groups_get_no_themes() {
        let uses: Vec<TermUse> = (0..4)
            .map(|m| TermUse {
                member_id: MemberId(m),
                group: "Tiny",
                term: "grip",
                posts: 3,
            })
            .collect();
        assert!(themes(&uses, 5, 5).is_empty());
    }
}
