// Written by hand to match migrations/{sqlite,postgres}: only the column types that
// both backends share through the multi-backend connection.

diesel::table! {
    brands (id) {
        id -> BigInt,
        name -> Text,
        anonymity_k -> Integer,
        created_at -> Timestamp,
        epsilon_per_month -> Double,
        participation_target -> Integer,
        accent -> Nullable<Text>,
        logo_key -> Nullable<Text>,
        catalogue_version -> BigInt,
    }
}

diesel::table! {
    users (id) {
        id -> BigInt,
        email -> Text,
        password_hash -> Text,
        role -> Text,
        brand_id -> Nullable<BigInt>,
        disabled_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        time_zone -> Text,
        last_digest_at -> Nullable<Timestamp>,
        must_change_password -> Bool,
        totp_secret -> Nullable<Text>,
        totp_step -> Nullable<BigInt>,
    }
}

diesel::table! {
    cohorts (id) {
        id -> BigInt,
        brand_id -> BigInt,
        name -> Text,
        description -> Text,
        theme -> Text,
        cities -> Text,
        capacity -> Integer,
        members_count -> Integer,
        created_by -> BigInt,
        created_at -> Timestamp,
        roster_version -> BigInt,
        closed_at -> Nullable<Timestamp>,
        delete_at -> Nullable<Timestamp>,
        activities_version -> BigInt,
    }
}

diesel::table! {
    cohort_tallies (cohort_id, shard) {
        cohort_id -> BigInt,
        shard -> Integer,
        version -> BigInt,
        posts -> BigInt,
        shown -> BigInt,
    }
}

diesel::table! {
    invites (id) {
        id -> BigInt,
        cohort_id -> BigInt,
        kind -> Text,
        email -> Nullable<Text>,
        label -> Text,
        token_hash -> Text,
        max_uses -> Integer,
        uses -> Integer,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        created_by -> BigInt,
        created_at -> Timestamp,
        reminders_sent -> Integer,
        last_reminded_at -> Nullable<Timestamp>,
        reminders_off_at -> Nullable<Timestamp>,
        language -> Nullable<Text>,
        mail_id -> Nullable<BigInt>,
        opened_at -> Nullable<Timestamp>,
        link_seed -> Nullable<Text>,
    }
}

diesel::table! {
    members (id) {
        id -> BigInt,
        cohort_id -> BigInt,
        invite_id -> Nullable<BigInt>,
        display_name -> Text,
        city -> Text,
        birth_year -> Integer,
        birth_month -> Integer,
        country -> Text,
        guardian_consent -> Integer,
        email -> Nullable<Text>,
        access_token_hash -> Text,
        consented_at -> Timestamp,
        created_at -> Timestamp,
        last_nudged_at -> Nullable<Timestamp>,
        nudges_off_at -> Nullable<Timestamp>,
        submission_key -> Nullable<Text>,
        time_zone -> Nullable<Text>,
        language -> Nullable<Text>,
        sharing_since -> Nullable<Timestamp>,
    }
}

diesel::table! {
    posts (id) {
        id -> BigInt,
        cohort_id -> BigInt,
        member_id -> BigInt,
        kind -> Text,
        product -> Nullable<Text>,
        rating -> Nullable<Integer>,
        title -> Nullable<Text>,
        body -> Text,
        city -> Text,
        age_band -> Text,
        hidden_reason -> Nullable<Text>,
        hidden_by -> Nullable<BigInt>,
        hidden_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        sentiment_score -> Nullable<Double>,
        sentiment_label -> Text,
        language -> Text,
        label_override -> Nullable<Text>,
        submission_key -> Nullable<Text>,
        product_id -> Nullable<BigInt>,
        highlighted_at -> Nullable<Timestamp>,
        highlighted_by -> Nullable<BigInt>,
    }
}

diesel::table! {
    products (id) {
        id -> BigInt,
        brand_id -> BigInt,
        name -> Text,
        name_key -> Text,
        note -> Text,
        released -> Bool,
        display_key -> Nullable<Text>,
        thumb_key -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    seedings (id) {
        id -> BigInt,
        cohort_id -> BigInt,
        member_id -> BigInt,
        product_id -> BigInt,
        sent_by -> Nullable<BigInt>,
        sent_at -> Timestamp,
        received_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    login_attempts (id) {
        id -> BigInt,
        ip -> Text,
        attempted_at -> Timestamp,
    }
}

diesel::joinable!(users -> brands (brand_id));
diesel::joinable!(cohorts -> brands (brand_id));
diesel::joinable!(invites -> cohorts (cohort_id));
diesel::joinable!(members -> cohorts (cohort_id));
diesel::joinable!(posts -> members (member_id));
diesel::joinable!(posts -> cohorts (cohort_id));
diesel::joinable!(photos -> posts (post_id));

diesel::table! {
    releases (id) {
        id -> BigInt,
        cohort_id -> BigInt,
        period_start -> Timestamp,
        period_end -> Timestamp,
        made_at -> Timestamp,
        figures -> Text,
    }
}

diesel::joinable!(releases -> cohorts (cohort_id));

diesel::table! {
    reports (id) {
        id -> BigInt,
        post_id -> BigInt,
        cohort_id -> BigInt,
        reporter_id -> BigInt,
        reason -> Text,
        created_at -> Timestamp,
        resolved_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(reports -> posts (post_id));
diesel::joinable!(products -> brands (brand_id));
diesel::joinable!(seedings -> products (product_id));
diesel::joinable!(seedings -> members (member_id));

diesel::table! {
    activities (id) {
        id -> BigInt,
        cohort_id -> BigInt,
        title -> Text,
        instructions -> Text,
        starts_at -> Timestamp,
        due_at -> Timestamp,
        closes_at -> Nullable<Timestamp>,
        audience_cities -> Text,
        audience_bands -> Text,
        visibility -> Text,
        published_at -> Nullable<Timestamp>,
        display_key -> Nullable<Text>,
        thumb_key -> Nullable<Text>,
        responses -> Integer,
        opened_mail_at -> Nullable<Timestamp>,
        reminders_sent -> Integer,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        version -> BigInt,
    }
}

diesel::table! {
    activity_tasks (id) {
        id -> BigInt,
        activity_id -> BigInt,
        position -> Integer,
        kind -> Text,
        prompt -> Text,
        options -> Text,
        allow_other -> Bool,
        max_photos -> Integer,
        product_id -> Nullable<BigInt>,
        days_after_receipt -> Integer,
    }
}

diesel::table! {
    activity_responses (id) {
        id -> BigInt,
        activity_id -> BigInt,
        cohort_id -> BigInt,
        member_id -> BigInt,
        city -> Text,
        age_band -> Text,
        answers -> Text,
        submission_key -> Nullable<Text>,
        answered_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    answer_photos (id) {
        id -> BigInt,
        response_id -> BigInt,
        activity_id -> BigInt,
        task_position -> Integer,
        position -> Integer,
        display_key -> Text,
        thumb_key -> Text,
        width -> Integer,
        height -> Integer,
    }
}

diesel::table! {
    activity_stats (activity_id, task_position, city, age_band, slot, value) {
        activity_id -> BigInt,
        task_position -> Integer,
        city -> Text,
        age_band -> Text,
        slot -> Integer,
        value -> Integer,
        answers -> BigInt,
        total -> Double,
    }
}

diesel::table! {
    activity_releases (activity_id) {
        activity_id -> BigInt,
        made_at -> Timestamp,
        figures -> Text,
    }
}

diesel::table! {
    activity_terms (activity_id, task_position, term) {
        activity_id -> BigInt,
        task_position -> Integer,
        term -> Text,
        answers -> BigInt,
    }
}

diesel::table! {
    card_pictures (task_id, card) {
        task_id -> BigInt,
        card -> Integer,
        display_key -> Text,
        thumb_key -> Text,
    }
}

diesel::joinable!(card_pictures -> activity_tasks (task_id));

diesel::table! {
    tester_reminders (activity_id, member_id) {
        activity_id -> BigInt,
        member_id -> BigInt,
        sent -> Integer,
    }
}

diesel::joinable!(activities -> cohorts (cohort_id));
diesel::joinable!(activity_releases -> activities (activity_id));
diesel::joinable!(activity_tasks -> activities (activity_id));
diesel::joinable!(activity_responses -> activities (activity_id));
diesel::joinable!(activity_responses -> members (member_id));
diesel::joinable!(answer_photos -> activity_responses (response_id));

diesel::allow_tables_to_appear_in_same_query!(
    activities,
    activity_tasks,
    activity_responses,
    answer_photos,
    activity_stats,
    activity_releases,
    activity_terms,
    tester_reminders,
    card_pictures,
    brands,
    users,
    cohorts,
    invites,
    members,
    posts,
    login_attempts,
    photos,
    cohort_tallies,
    releases,
    reports,
    products,
    seedings,
    outbox,
    drops,
    share_links,
    share_visits,
    share_days,
    share_totals,
    share_domains,
    recovery_codes,
    sessions,
);

diesel::table! {
    drops (id) {
        id -> BigInt,
        brand_id -> BigInt,
        title -> Text,
        body -> Text,
        tags -> Text,
        product_id -> Nullable<BigInt>,
        display_key -> Nullable<Text>,
        thumb_key -> Nullable<Text>,
        live_from -> Timestamp,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        target_url -> Nullable<Text>,
    }
}

diesel::table! {
    share_domains (brand_id, domain) {
        brand_id -> BigInt,
        domain -> Text,
    }
}

diesel::table! {
    share_links (id) {
        id -> BigInt,
        code -> Text,
        drop_id -> BigInt,
        member_id -> Nullable<BigInt>,
        city -> Text,
        age_band -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    share_visits (day, link_id, generation, visitor, preview) {
        link_id -> BigInt,
        generation -> Integer,
        day -> Date,
        visitor -> BigInt,
        preview -> Bool,
    }
}

diesel::table! {
    share_days (day) {
        day -> Date,
        salt -> Nullable<Text>,
        rolled_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    share_totals (link_id, generation, day) {
        link_id -> BigInt,
        generation -> Integer,
        day -> Date,
        clicks -> Integer,
        previews -> Integer,
    }
}

diesel::joinable!(drops -> brands (brand_id));
diesel::joinable!(drops -> products (product_id));
diesel::joinable!(share_links -> drops (drop_id));
diesel::joinable!(share_links -> members (member_id));
diesel::joinable!(share_visits -> share_links (link_id));
diesel::joinable!(share_totals -> share_links (link_id));

diesel::table! {
    recovery_codes (user_id, digest) {
        user_id -> BigInt,
        digest -> Text,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(recovery_codes -> users (user_id));

diesel::table! {
    sessions (id_hash) {
        id_hash -> Text,
        state -> Text,
        expires_at -> Timestamp,
        member_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    outbox (id) {
        id -> BigInt,
        recipient -> Text,
        subject -> Text,
        text_body -> Text,
        html_body -> Text,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        actor_id -> Nullable<BigInt>,
        actor -> Text,
        action -> Text,
        brand_id -> Nullable<BigInt>,
        subject -> Text,
        details -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    post_stats (id) {
        id -> BigInt,
        cohort_id -> BigInt,
        member_id -> BigInt,
        city -> Text,
        age_band -> Text,
        kind -> Text,
        product -> Text,
        week -> Text,
        posts -> Integer,
        scored -> Integer,
        score_sum -> Double,
        positive -> Integer,
        neutral -> Integer,
        negative -> Integer,
        unscored -> Integer,
        ratings -> Integer,
        rating_sum -> Integer,
        rated_1 -> Integer,
        rated_2 -> Integer,
        rated_3 -> Integer,
        rated_4 -> Integer,
        rated_5 -> Integer,
    }
}

diesel::table! {
    term_stats (id) {
        id -> BigInt,
        cohort_id -> BigInt,
        member_id -> BigInt,
        city -> Text,
        age_band -> Text,
        product -> Text,
        term -> Text,
        posts -> Integer,
    }
}

diesel::table! {
    photos (id) {
        id -> BigInt,
        post_id -> BigInt,
        cohort_id -> BigInt,
        member_id -> BigInt,
        position -> Integer,
        display_key -> Text,
        thumb_key -> Text,
        width -> Integer,
        height -> Integer,
        created_at -> Timestamp,
    }
}
