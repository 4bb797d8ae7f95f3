//! Drops and share links: staff publish a drop, members who turned sharing on
//! take a short link to it and pass it on, and its public landing page counts
//! the visits (`visit_log`). Staff read what travelled by the sharer's city and
//! age band, each figure only for a group of at least the brand's k members.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveDateTime};

use crate::db::models::Page;
use crate::db::models::drops::{self as drop_rows, DropFields, DropRecord};
use crate::db::models::posts::SegmentText;
use crate::db::models::shares::{self, LinkTarget, NewLink};
use crate::db::models::{audit, members, products as product_rows, share_domains};
use crate::domain::post::said;
use crate::domain::share::{
    CODE_LEN, MAX_BODY, MAX_DOMAINS, MAX_TITLE, ShareAddress, Tags, on_domains,
};
use crate::domain::{BrandId, DropId, MemberId, ProductId, Staff};
use crate::error::AppError;
use crate::photos::Processed;
use crate::photos::store::PhotoStore;
use crate::services::access::CurrentMember;
use crate::services::photos as photo_service;
use crate::services::{Db, FieldErrors, Paged, now};
use crate::summary::memo::Memo;
use crate::summary::themes::{self, TermCount, Theme};

/// The drops a page of the staff's list shows.
pub const DROPS_PER_PAGE: i64 = 20;
/// The drops a page of a member's share page lists, latest first.
pub const MEMBER_DROPS_PER_PAGE: i64 = 20;
/// How long a landing page's drop is kept in memory before it is read again
/// (an edit or a deletion shows within this time on every instance).
const LANDING_FRESH: Duration = Duration::from_secs(10);
/// Landing pages kept in memory.
pub const LANDINGS_KEPT: usize = 10_000;

/// What staff send about a drop, validated.
pub struct DropInput {
    pub title: String,
    pub body: String,
    pub tags: Tags,
    pub product_id: Option<ProductId>,
    /// `None`: out at once.
    pub live_from: Option<NaiveDateTime>,
    /// The drop's page on one of the brand's sites.
    pub target_url: Option<String>,
}

impl DropInput {
    pub fn parse(
        title: &str,
        body: &str,
        tags: &str,
        product: &str,
        live_from: &str,
        target: &str,
        zone: chrono_tz::Tz,
    ) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = errors.check(
            "title",
            crate::domain::BoundedText::parse(title, "the title", 1, MAX_TITLE),
        );
        let body = errors.check(
            "body",
            crate::domain::BoundedText::parse(body, "the text", 0, MAX_BODY),
        );
        let tags = errors.check("tags", Tags::parse(tags));
        let product_id = match product.trim() {
            "" => Some(None),
            raw => match raw.parse::<ProductId>() {
                Ok(id) => Some(Some(id)),
                Err(()) => {
                    errors.add("product", "Choose a product from the list, or none.");
                    None
                }
            },
        };
        let live_from = match live_from.trim() {
            "" => Some(None),
            raw => match crate::domain::activity::local_time(raw, zone) {
                Some(at) => Some(Some(at)),
                None => {
                    errors.add(
                        "live_from",
                        "Give the date and time it goes out, or leave it empty to publish at once.",
                    );
                    None
                }
            },
        };
        let target_url = errors.check("target", crate::domain::share::parse_target(target));
        match (title, body, tags, product_id, live_from, target_url) {
            (
                Some(title),
                Some(body),
                Some(tags),
                Some(product_id),
                Some(live_from),
                Some(target_url),
            ) if errors.is_empty() => Ok(DropInput {
                title: title.into_inner(),
                body: body.into_inner(),
                tags,
                product_id,
                live_from,
                target_url,
            }),
            _ => Err(errors),
        }
    }
}

/// A drop as staff list it.
pub struct DropEntry {
    pub drop: DropRecord,
    pub product: Option<String>,
    pub links: i64,
}

/// A page of a brand's drops, latest first, each with how many members took a link.
pub async fn of_brand(db: &Db, brand_id: BrandId, page: i64) -> Result<Paged<DropEntry>, AppError> {
    db.run(move |conn| {
        let total = drop_rows::count_of_brand(conn, brand_id)?;
        let listed = Paged::read(page, DROPS_PER_PAGE, total, |page| {
            drop_rows::of_brand(conn, brand_id, page)
        })?;
        let ids: Vec<DropId> = listed.items.iter().map(|(drop, _)| drop.id).collect();
        let links: HashMap<DropId, i64> = shares::link_counts(conn, &ids)?.into_iter().collect();
        Ok(listed.map(|(drop, product)| DropEntry {
            links: links.get(&drop.id).copied().unwrap_or(0),
            drop,
            product,
        }))
    })
    .await
}

pub async fn drop_of_brand(db: &Db, brand_id: BrandId, id: DropId) -> Result<DropRecord, AppError> {
    db.quick(move |conn| drop_rows::find_in_brand(conn, id, brand_id)?.ok_or(AppError::NotFound))
        .await
}

/// Publishes a drop (with its picture, when one came), or says which field is wrong.
pub async fn publish(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    staff: &Staff,
    brand_id: BrandId,
    input: DropInput,
    picture: Option<Processed>,
) -> Result<Result<DropId, FieldErrors>, AppError> {
    let actor = staff.clone();
    let stored = photo_service::store_picture(store.clone(), picture).await?;
    let keys = stored.clone();
    let published = db
        .write(move |conn| {
            if let Some(product_id) = input.product_id
                && product_rows::find_in_brand(conn, product_id, brand_id)?.is_none()
            {
                let mut errors = FieldErrors::default();
                errors.add("product", "Choose a product from the list, or none.");
                return Ok(Err(errors));
            }
            if let Some(target) = &input.target_url
                && !on_domains(target, &share_domains::of_brand(conn, brand_id)?)
            {
                let mut errors = FieldErrors::default();
                errors.add(
                    "target",
                    "That page is not on one of the brand's sites. Add its domain under “Sites drops may link to” first.",
                );
                return Ok(Err(errors));
            }
            let at = now();
            let tags = input.tags.stored();
            let fields = DropFields {
                title: &input.title,
                body: &input.body,
                tags: &tags,
                product_id: input.product_id,
                live_from: input.live_from.unwrap_or(at),
                target_url: input.target_url.as_deref(),
            };
            let id = drop_rows::insert(conn, brand_id, fields, at)?;
            if let Some((display, thumb)) = &keys {
                drop_rows::set_picture(conn, id, display, thumb, at)?;
            }
            audit_drop(conn, &actor, brand_id, "publish drop", id, &input.title)?;
            Ok(Ok(id))
        })
        .await;
    photo_service::keep_picture_if(&*store, stored, matches!(published, Ok(Ok(_))));
    published
}

/// Deletes a drop with its links and their figures (its landing page stops
/// answering within `LANDING_FRESH`).
pub async fn delete(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    staff: &Staff,
    brand_id: BrandId,
    id: DropId,
) -> Result<(), AppError> {
    let actor = staff.clone();
    let drop = db
        .write(move |conn| {
            let drop = drop_rows::find_in_brand(conn, id, brand_id)?.ok_or(AppError::NotFound)?;
            drop_rows::delete(conn, id)?;
            audit_drop(conn, &actor, brand_id, "delete drop", id, &drop.title)?;
            Ok(drop)
        })
        .await?;
    photo_service::remove_files(
        &*store,
        drop.display_key
            .iter()
            .chain(drop.thumb_key.iter())
            .map(String::as_str),
    );
    Ok(())
}

fn audit_drop(
    conn: &mut crate::db::DbConn,
    staff: &Staff,
    brand_id: BrandId,
    action: &str,
    id: DropId,
    title: &str,
) -> Result<(), AppError> {
    audit::insert(
        conn,
        audit::NewEntry {
            actor_id: Some(staff.id),
            actor: &staff.email,
            action,
            brand_id: Some(brand_id),
            subject: &format!("drop {id}"),
            details: title,
        },
        now(),
    )?;
    Ok(())
}

/// The sites the brand's drops may link to.
pub async fn domains(db: &Db, brand_id: BrandId) -> Result<Vec<String>, AppError> {
    db.quick(move |conn| Ok(share_domains::of_brand(conn, brand_id)?))
        .await
}

/// Adds a site drops may link to; `Err` says why it was not added.
pub async fn add_domain(
    db: &Db,
    staff: &Staff,
    brand_id: BrandId,
    domain: String,
) -> Result<Result<(), String>, AppError> {
    let actor = staff.clone();
    db.write(move |conn| {
        if share_domains::count_of_brand(conn, brand_id)? >= MAX_DOMAINS {
            return Ok(Err(format!(
                "A brand keeps at most {MAX_DOMAINS} sites. Remove one first."
            )));
        }
        if share_domains::insert(conn, brand_id, &domain)? == 0 {
            return Ok(Err(format!("{domain} is on the list already.")));
        }
        audit::insert(
            conn,
            audit::NewEntry {
                actor_id: Some(actor.id),
                actor: &actor.email,
                action: "add share site",
                brand_id: Some(brand_id),
                subject: "share sites",
                details: &domain,
            },
            now(),
        )?;
        Ok(Ok(()))
    })
    .await
}

/// Removes a site; drops that link to it keep their link.
pub async fn remove_domain(
    db: &Db,
    staff: &Staff,
    brand_id: BrandId,
    domain: String,
) -> Result<(), AppError> {
    let actor = staff.clone();
    db.write(move |conn| {
        if share_domains::delete(conn, brand_id, &domain)? == 0 {
            return Err(AppError::NotFound);
        }
        audit::insert(
            conn,
            audit::NewEntry {
                actor_id: Some(actor.id),
                actor: &actor.email,
                action: "remove share site",
                brand_id: Some(brand_id),
                subject: "share sites",
                details: &domain,
            },
            now(),
        )?;
        Ok(())
    })
    .await
}

/// A drop as a member sees it, with their link once they took one.
pub struct MemberDrop {
    pub drop: DropRecord,
    pub product: Option<String>,
    pub link: Option<ShareAddress>,
}

/// What the member's share page shows.
pub struct MemberShares {
    pub sharing_on: bool,
    pub drops: Paged<MemberDrop>,
}

/// A page of the brand's drops that are out, latest first, each with the
/// member's link to it when they took one.
pub async fn of_member(
    db: &Db,
    current: &CurrentMember,
    page: i64,
) -> Result<MemberShares, AppError> {
    let (brand_id, member_id) = (current.brand.id, current.member.id);
    let sharing_on = current.member.sharing_since.is_some();
    db.quick(move |conn| {
        let at = now();
        let codes: HashMap<DropId, String> = shares::codes_of_member(conn, member_id)?
            .into_iter()
            .collect();
        let total = drop_rows::count_live_of_brand(conn, brand_id, at)?;
        let listed = Paged::read(page, MEMBER_DROPS_PER_PAGE, total, |page| {
            drop_rows::live_of_brand(conn, brand_id, at, page)
        })?;
        let drops = listed.map(|(drop, product)| MemberDrop {
            link: codes
                .get(&drop.id)
                .and_then(|code| ShareAddress::parse(code)),
            drop,
            product,
        });
        Ok(MemberShares { sharing_on, drops })
    })
    .await
}

/// Turns a member's sharing on or off. Off keeps their links working for the
/// friends who have them, but gives them no new ones.
pub async fn set_sharing(db: &Db, member_id: MemberId, on: bool) -> Result<(), AppError> {
    db.write(move |conn| {
        members::set_sharing(conn, member_id, on.then(now))?;
        Ok(())
    })
    .await
}

/// The member's link to a live drop of their brand: the one they took before,
/// or a new one. Refused until they turn sharing on.
pub async fn take_link(
    db: &Db,
    current: &CurrentMember,
    drop_id: DropId,
) -> Result<ShareAddress, AppError> {
    if current.member.sharing_since.is_none() {
        return Err(AppError::Conflict(
            "Turn sharing on first: then each drop gets a link of your own.".into(),
        ));
    }
    let brand_id = current.brand.id;
    let member_id = current.member.id;
    let city = current.member.city.clone();
    let band = crate::services::posts::age_band_of(&current.member, now().date()).label();
    db.write(move |conn| {
        let drop = drop_rows::find_in_brand(conn, drop_id, brand_id)?
            .filter(|d| d.live_from <= now())
            .ok_or(AppError::NotFound)?;
        if let Some(code) = shares::code_of(conn, member_id, drop.id)? {
            return ShareAddress::parse(&code).ok_or(AppError::NotFound);
        }
        let code = crate::auth::token::share_code(crate::domain::share::CODE_LEN);
        let link = NewLink {
            code: &code,
            drop_id: drop.id,
            member_id,
            city: &city,
            age_band: band,
        };
        if shares::insert_link(conn, link, now())? == 0 {
            return Err(AppError::Conflict(
                "That link could not be made just now. Try again.".into(),
            ));
        }
        ShareAddress::parse(&code).ok_or(AppError::NotFound)
    })
    .await
}

/// What a landing page shows of its drop, and the link it counts a visit for.
pub struct Landing {
    pub target: LinkTarget,
    pub drop: DropRecord,
    pub brand_name: String,
    /// The brand's stylesheet, when it has a look of its own.
    pub look: Option<String>,
    /// The brand's logo's address, when it has one.
    pub logo: Option<String>,
    pub product: Option<String>,
    read_at: Instant,
}

/// Share codes read lately: a burst of requests for one code reads the
/// database once per `LANDING_FRESH`, and so does one for a code that leads
/// nowhere (a deleted drop's link still passed round). Codes that lead
/// nowhere are kept apart, so a stream of made-up codes never pushes out
/// the pages of real ones.
pub struct LandingMemo {
    found: Memo<String, Landing>,
    missing: Memo<String, Instant>,
}

impl LandingMemo {
    pub fn new(capacity: usize) -> Self {
        LandingMemo {
            found: Memo::new(capacity),
            missing: Memo::new(capacity),
        }
    }
}

/// The drop a share link leads to, once it is out; not found otherwise (an
/// unknown code, a deleted drop, one still under embargo).
pub async fn landing(
    db: &Db,
    memo: &LandingMemo,
    address: &ShareAddress,
) -> Result<Arc<Landing>, AppError> {
    let kept = memo
        .found
        .get(&address.code)
        .filter(|landing| landing.read_at.elapsed() < LANDING_FRESH);
    let landing = match kept {
        Some(landing) => landing,
        None => {
            let missed_lately = memo
                .missing
                .get(&address.code)
                .is_some_and(|at| at.elapsed() < LANDING_FRESH);
            if missed_lately {
                return Err(AppError::NotFound);
            }
            let code = address.code.clone();
            let landing = db
                .quick(move |conn| {
                    let Some(target) = shares::by_code(conn, &code)? else {
                        return Ok(None);
                    };
                    let Some(drop) = drop_rows::find(conn, target.drop_id)? else {
                        return Ok(None);
                    };
                    let brand = crate::db::models::brands::find(conn, drop.brand_id)?;
                    let product = match drop.product_id {
                        Some(id) => product_rows::find(conn, id)?.map(|p| p.name),
                        None => None,
                    };
                    Ok(Some(Landing {
                        target,
                        drop,
                        look: brand
                            .accent
                            .as_deref()
                            .map(|accent| crate::domain::look::stylesheet_path(brand.id, accent)),
                        logo: brand
                            .logo_key
                            .as_deref()
                            .map(|key| crate::domain::look::logo_path(brand.id, key)),
                        brand_name: brand.name,
                        product,
                        read_at: Instant::now(),
                    }))
                })
                .await?;
            let Some(landing) = landing else {
                memo.missing
                    .insert(address.code.clone(), Arc::new(Instant::now()));
                return Err(AppError::NotFound);
            };
            let landing = Arc::new(landing);
            memo.found.insert(address.code.clone(), landing.clone());
            landing
        }
    };
    if landing.drop.live_from > now() {
        return Err(AppError::NotFound);
    }
    Ok(landing)
}

/// Who may see a drop's picture: anyone once it is out, its brand's staff before.
pub async fn picture(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    staff: Option<Staff>,
    id: DropId,
    thumbnail: bool,
) -> Result<Vec<u8>, AppError> {
    let drop = db
        .quick(move |conn| drop_rows::find(conn, id)?.ok_or(AppError::NotFound))
        .await?;
    let allowed = drop.live_from <= now() || staff.is_some_and(|s| s.may_see_brand(drop.brand_id));
    let key = if thumbnail {
        drop.thumb_key
    } else {
        drop.display_key
    };
    let key = key.filter(|_| allowed).ok_or(AppError::NotFound)?;
    crate::services::photos::stored_file(store, key).await
}

/// One group's figures in the report.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Travel {
    /// Members who took a link.
    pub sharers: usize,
    pub clicks: i64,
    pub previews: i64,
    /// The furthest generation a click came from (1: the member's friends).
    pub generations: i32,
}

impl Travel {
    pub fn clicks_per_share(&self) -> f64 {
        if self.sharers == 0 {
            0.0
        } else {
            self.clicks as f64 / self.sharers as f64
        }
    }
}

/// What travelled, by drop, segment, topic, product, generation and day. Every
/// group of fewer than `k` members who took a link is left out, and the totals
/// are of the groups shown only, so that no figure left out can be worked out
/// by subtracting one shown from another.
pub struct ShareReport {
    pub k: usize,
    pub drops: Vec<(DropRecord, Travel)>,
    pub drops_hidden: usize,
    pub segments: Vec<(String, String, Travel)>,
    pub segments_hidden: usize,
    pub topics: Vec<(String, Travel)>,
    pub products: Vec<(String, Travel)>,
    pub generations: Vec<(i32, i64)>,
    pub days: Vec<(NaiveDate, i64, i64)>,
    /// The drops shown, added up.
    pub total: Travel,
    /// What posts that mention a drop talk about, against the brand's others:
    /// first all members' (labelled "All members"), then each city × age
    /// band's against the same segment's other posts, where any stands out.
    pub mention_themes: Vec<(String, Vec<Theme>)>,
}

/// One link's part in the report.
struct LinkFigures {
    drop_id: DropId,
    member: Option<MemberId>,
    city: String,
    band: String,
    clicks: i64,
    previews: i64,
    generations: i32,
    by_generation: BTreeMap<i32, i64>,
    by_day: BTreeMap<NaiveDate, (i64, i64)>,
}

/// Posts read for what posts mentioning a drop talk about, at most.
const POSTS_READ: i64 = 20_000;

pub async fn report(db: &Db, brand_id: BrandId, k: usize) -> Result<ShareReport, AppError> {
    let (drops, links, totals, open, posts) = db
        .run(move |conn| {
            let drops = drop_rows::of_brand(conn, brand_id, Page::new(1, i64::MAX))?;
            let links = shares::links_of_brand(conn, brand_id)?;
            let codes = shares::codes_of_brand(conn, brand_id)?;
            let since = drops.iter().map(|(d, _)| d.live_from).min();
            let posts = match since {
                Some(since) => crate::db::models::posts::texts_of_brand_since(
                    conn, brand_id, since, POSTS_READ,
                )?,
                None => Vec::new(),
            };
            Ok((
                (drops, codes),
                links,
                shares::totals_of_brand(conn, brand_id)?,
                shares::open_visits_of_brand(conn, brand_id)?,
                posts,
            ))
        })
        .await?;
    let (drops, codes) = drops;
    let mention_themes = mention_themes(&drops, &codes, &posts, k);
    let mut figures: HashMap<_, LinkFigures> = links
        .into_iter()
        .map(|link| {
            (
                link.id,
                LinkFigures {
                    drop_id: link.drop_id,
                    member: link.member_id,
                    city: link.city,
                    band: link.age_band,
                    clicks: 0,
                    previews: 0,
                    generations: 0,
                    by_generation: BTreeMap::new(),
                    by_day: BTreeMap::new(),
                },
            )
        })
        .collect();
    let visits = totals
        .into_iter()
        .flat_map(|t| {
            [
                (t.link_id, t.generation, t.day, false, i64::from(t.clicks)),
                (t.link_id, t.generation, t.day, true, i64::from(t.previews)),
            ]
        })
        .chain(open);
    for (link_id, generation, day, preview, count) in visits {
        let Some(link) = figures.get_mut(&link_id) else {
            continue;
        };
        if count == 0 {
            continue;
        }
        let on_day = link.by_day.entry(day).or_default();
        if preview {
            link.previews += count;
            on_day.1 += count;
        } else {
            link.clicks += count;
            on_day.0 += count;
            link.generations = link.generations.max(generation);
            *link.by_generation.entry(generation).or_default() += count;
        }
    }
    let mut report = assemble(drops, figures.into_values().collect(), k);
    report.mention_themes = mention_themes;
    Ok(report)
}

/// Whether a post mentions a drop: it names the drop's title or holds a link
/// to it. Titles of fewer than four letters would match too much and count
/// by link only. `titles` and `codes` are in lower case; each link in the
/// text is looked up once, however many links the brand has.
fn mentions_a_drop(text: &str, titles: &[String], codes: &HashSet<String>) -> bool {
    let text = text.to_lowercase();
    titles
        .iter()
        .any(|title| title.chars().count() >= 4 && text.contains(title.as_str()))
        || text.match_indices("/s/").any(|(at, found)| {
            text.get(at + found.len()..at + found.len() + CODE_LEN)
                .is_some_and(|code| codes.contains(code))
        })
}

/// What posts that mention a drop talk about: for all members, then for each
/// city × age band (against that segment's other posts), the groups where a
/// term stands out.
fn mention_themes(
    drops: &[(DropRecord, Option<String>)],
    codes: &[String],
    posts: &[SegmentText],
    k: usize,
) -> Vec<(String, Vec<Theme>)> {
    let titles: Vec<String> = drops.iter().map(|(d, _)| d.title.to_lowercase()).collect();
    let codes: HashSet<String> = codes.iter().map(|code| code.to_lowercase()).collect();
    // The titles' own words stand out in every post that names a drop, and
    // say nothing of what members think of it.
    let title_words: BTreeSet<String> = titles.iter().flat_map(|t| themes::post_terms(t)).collect();
    let read: Vec<ReadPost<'_>> = posts
        .iter()
        .map(|post| {
            let text = said(post.title.as_deref(), &post.body);
            let mentions = mentions_a_drop(&text, &titles, &codes);
            let mut terms = themes::post_terms(&text);
            terms.retain(|term| !term.split(' ').any(|word| title_words.contains(word)));
            ReadPost {
                member: post.member_id,
                segment: (post.city.as_str(), post.age_band.as_str()),
                terms,
                mentions,
            }
        })
        .collect();
    let mut groups = vec![("All members".to_string(), standing_out(read.iter(), k))];
    let segments: BTreeSet<(&str, &str)> = read.iter().map(|post| post.segment).collect();
    for segment in segments {
        let found = standing_out(read.iter().filter(|post| post.segment == segment), k);
        groups.push((format!("{} · {}", segment.0, segment.1), found));
    }
    groups.retain(|(_, found)| !found.is_empty());
    groups
}

/// A post as mention themes read it.
struct ReadPost<'a> {
    member: MemberId,
    /// City and age band.
    segment: (&'a str, &'a str),
    terms: BTreeSet<String>,
    mentions: bool,
}

/// The terms that set posts mentioning a drop apart from the other `posts`
/// (log-odds, as the summary's themes), when at least `k` members wrote such
/// posts and `k` used each term.
fn standing_out<'a>(posts: impl Iterator<Item = &'a ReadPost<'a>>, k: usize) -> Vec<Theme> {
    const MENTIONS: &str = "mentions a drop";
    const OTHERS: &str = "other posts";
    let mut members: HashSet<MemberId> = HashSet::new();
    let mut uses: BTreeMap<(&str, &str), (i64, HashSet<MemberId>)> = BTreeMap::new();
    for post in posts {
        let group = if post.mentions { MENTIONS } else { OTHERS };
        if post.mentions {
            members.insert(post.member);
        }
        for term in &post.terms {
            let entry = uses.entry((group, term.as_str())).or_default();
            entry.0 += 1;
            entry.1.insert(post.member);
        }
    }
    let counts: Vec<TermCount<'_>> = uses
        .iter()
        .map(|((group, term), (posts, members))| TermCount {
            group,
            term,
            posts: *posts,
            members: members.len() as i64,
        })
        .collect();
    let group_members = BTreeMap::from([(MENTIONS.to_string(), members.len() as i64)]);
    themes::themes(&counts, &group_members, k, 10)
        .into_iter()
        .flat_map(|group| group.themes)
        .collect()
}

/// Adds links up into groups, keeping only groups of `k` members or more.
fn assemble(
    drops: Vec<(DropRecord, Option<String>)>,
    links: Vec<LinkFigures>,
    k: usize,
) -> ShareReport {
    let travel_of = |chosen: &[&LinkFigures]| {
        // A member's links count them once; a link whose member left counts alone.
        let mut members = HashSet::new();
        let mut gone = 0;
        let mut travel = Travel::default();
        for link in chosen {
            match link.member {
                Some(id) => {
                    members.insert(id);
                }
                None => gone += 1,
            }
            travel.clicks += link.clicks;
            travel.previews += link.previews;
            travel.generations = travel.generations.max(link.generations);
        }
        travel.sharers = members.len() + gone;
        travel
    };
    let mut shown_drops = Vec::new();
    let mut shown_links: Vec<&LinkFigures> = Vec::new();
    let mut drops_hidden = 0;
    let mut tags_of: HashMap<DropId, Tags> = HashMap::new();
    let mut product_of: HashMap<DropId, String> = HashMap::new();
    let mut links_of: HashMap<DropId, Vec<&LinkFigures>> = HashMap::new();
    for link in &links {
        links_of.entry(link.drop_id).or_default().push(link);
    }
    for (drop, product) in drops {
        let of_drop = links_of.remove(&drop.id).unwrap_or_default();
        let travel = travel_of(&of_drop);
        if travel.sharers == 0 {
            continue;
        }
        if travel.sharers < k {
            drops_hidden += 1;
            continue;
        }
        shown_links.extend(of_drop);
        tags_of.insert(drop.id, Tags::from_stored(&drop.tags));
        if let Some(product) = product {
            product_of.insert(drop.id, product);
        }
        shown_drops.push((drop, travel));
    }
    // Every further group is made of the shown drops' links only.
    let grouped = |key: &dyn Fn(&LinkFigures) -> Vec<String>| {
        let mut groups: BTreeMap<String, Vec<&LinkFigures>> = BTreeMap::new();
        for link in &shown_links {
            for name in key(link) {
                groups.entry(name).or_default().push(link);
            }
        }
        groups
            .into_iter()
            .map(|(name, chosen)| (name, travel_of(&chosen)))
            .collect::<Vec<_>>()
    };
    let mut segments = Vec::new();
    let mut segments_hidden = 0;
    for (name, travel) in grouped(&|l| vec![format!("{}\u{1f}{}", l.city, l.band)]) {
        if travel.sharers < k {
            segments_hidden += 1;
            continue;
        }
        let (city, band) = name.split_once('\u{1f}').unwrap_or((name.as_str(), ""));
        segments.push((city.to_string(), band.to_string(), travel));
    }
    let by_most_clicks = |rows: &mut Vec<(String, Travel)>| {
        rows.retain(|(_, t)| t.sharers >= k);
        rows.sort_by(|a, b| b.1.clicks.cmp(&a.1.clicks).then(a.0.cmp(&b.0)));
    };
    let mut topics = grouped(&|l| {
        tags_of
            .get(&l.drop_id)
            .map(|t| t.as_slice().to_vec())
            .unwrap_or_default()
    });
    by_most_clicks(&mut topics);
    let mut products = grouped(&|l| product_of.get(&l.drop_id).cloned().into_iter().collect());
    by_most_clicks(&mut products);
    let mut generations: BTreeMap<i32, i64> = BTreeMap::new();
    let mut days: BTreeMap<NaiveDate, (i64, i64)> = BTreeMap::new();
    for link in &shown_links {
        for (generation, clicks) in &link.by_generation {
            *generations.entry(*generation).or_default() += clicks;
        }
        for (day, (clicks, previews)) in &link.by_day {
            let on_day = days.entry(*day).or_default();
            on_day.0 += clicks;
            on_day.1 += previews;
        }
    }
    let total = travel_of(&shown_links);
    ShareReport {
        k,
        drops: shown_drops,
        drops_hidden,
        segments,
        segments_hidden,
        topics,
        products,
        generations: generations.into_iter().collect(),
        days: days.into_iter().map(|(d, (c, p))| (d, c, p)).collect(),
        total,
        mention_themes: Vec::new(),
    }
}
