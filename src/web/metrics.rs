//! Metrics for operators in the Prometheus text format: requests by route
//! and status, their latency, waits for a database connection, and the
//! outbox. Each instance reports its own; `/metrics` answers only with the
//! configured token.

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::web;
use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounterVec, IntGaugeVec, Opts, Registry,
};

use crate::services::outbox::OutboxCounts;

pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    outbox: IntGaugeVec,
    connections: IntGaugeVec,
}

impl Metrics {
    /// The app's metrics, with the database pool's waits among them.
    pub fn new(pool_waits: prometheus::Histogram) -> Result<Metrics, prometheus::Error> {
        let requests = IntCounterVec::new(
            Opts::new(
                "cohorts_http_requests_total",
                "Requests answered, by route and status.",
            ),
            &["method", "route", "status"],
        )?;
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "cohorts_http_request_duration_seconds",
                "Time to answer a request, by route.",
            )
            .buckets(vec![
                0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
            ]),
            &["method", "route"],
        )?;
        let outbox = IntGaugeVec::new(
            Opts::new("cohorts_outbox_messages", "Mail in the outbox, by state."),
            &["state"],
        )?;
        let connections = IntGaugeVec::new(
            Opts::new("cohorts_db_connections", "Database connections, by state."),
            &["state"],
        )?;
        let registry = Registry::new();
        registry.register(Box::new(requests.clone()))?;
        registry.register(Box::new(latency.clone()))?;
        registry.register(Box::new(outbox.clone()))?;
        registry.register(Box::new(connections.clone()))?;
        registry.register(Box::new(pool_waits))?;
        Ok(Metrics {
            registry,
            requests,
            latency,
            outbox,
            connections,
        })
    }

    /// The text format, with the outbox and the pool as they are now.
    pub fn render(&self, outbox: &OutboxCounts, (open, idle): (u32, u32)) -> String {
        for (state, n) in [
            ("waiting", outbox.waiting),
            ("sent", outbox.sent),
            ("failed", outbox.failed),
        ] {
            self.outbox.with_label_values(&[state]).set(n);
        }
        self.connections
            .with_label_values(&["open"])
            .set(i64::from(open));
        self.connections
            .with_label_values(&["idle"])
            .set(i64::from(idle));
        let mut text = Vec::new();
        // Encoding into memory does not fail.
        let _ = prometheus::TextEncoder::new().encode(&self.registry.gather(), &mut text);
        String::from_utf8_lossy(&text).into_owned()
    }
}

/// Counts and times every request under its route's pattern (never its
/// address, which would carry ids and tokens).
pub async fn record(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let metrics = req.app_data::<web::Data<Metrics>>().cloned();
    let response = next.call(req).await?;
    if let Some(metrics) = metrics {
        let route = response
            .request()
            .match_pattern()
            .unwrap_or_else(|| "unmatched".into());
        let method = response.request().method().as_str().to_owned();
        let status = response.status().as_u16().to_string();
        metrics
            .requests
            .with_label_values(&[method.as_str(), route.as_str(), status.as_str()])
            .inc();
        metrics
            .latency
            .with_label_values(&[method.as_str(), route.as_str()])
            .observe(started.elapsed().as_secs_f64());
    }
    Ok(response)
}
