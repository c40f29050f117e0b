//! The AWS SDKs' "standard" retry mode: up to 3 attempts, full-jitter exponential
//! backoff (base 50 ms, 1 s when throttled, capped at 20 s), retrying throttling, 500,
//! 502, 503, 504, connection errors and timeouts — never other 4xx (409 included).

use super::error;
use crate::http::{HttpResponse, TransportError};
use std::time::Duration;

const BASE: Duration = Duration::from_millis(50);
const THROTTLED_BASE: Duration = Duration::from_secs(1);
const CAP: Duration = Duration::from_secs(20);

const THROTTLING_CODES: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];
const TRANSIENT_CODES: &[&str] = &[
    "RequestTimeout",
    "RequestTimeoutException",
    "PriorRequestNotComplete",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Done,
    Retry { throttled: bool },
}

pub fn classify(outcome: &Result<HttpResponse, TransportError>) -> Verdict {
    match outcome {
        Err(TransportError::Connection { .. } | TransportError::Timeout { .. }) => {
            Verdict::Retry { throttled: false }
        }
        Err(_) => Verdict::Done,
        Ok(resp) if (200..300).contains(&resp.status) => Verdict::Done,
        Ok(resp) => {
            let code = error::parse(resp).code;
            if resp.status == 429 || THROTTLING_CODES.contains(&code.as_str()) {
                Verdict::Retry { throttled: true }
            } else if matches!(resp.status, 500 | 502 | 503 | 504)
                || TRANSIENT_CODES.contains(&code.as_str())
            {
                Verdict::Retry { throttled: false }
            } else {
                Verdict::Done
            }
        }
    }
}

/// A few words on why an attempt failed, for the retry log line (no bodies, no secrets).
pub fn describe(outcome: &Result<HttpResponse, TransportError>) -> String {
    match outcome {
        Ok(resp) => format!("HTTP {} {}", resp.status, error::parse(resp).code),
        Err(e) => e.to_string(),
    }
}

/// The delay before the next attempt, after `attempt` (1-based) failed; `random` in [0, 1).
pub fn backoff(
    attempt: u32,
    throttled: bool,
    random: f64,
    retry_after: Option<Duration>,
) -> Duration {
    let base = if throttled { THROTTLED_BASE } else { BASE };
    let ceiling = base
        .saturating_mul(1u32 << attempt.saturating_sub(1).min(20))
        .min(CAP);
    let delay = ceiling.mul_f64(random.clamp(0.0, 1.0));
    match retry_after {
        Some(after) => delay.max(after.min(delay + Duration::from_secs(5))),
        None => delay,
    }
}

/// `x-amz-retry-after`, in milliseconds.
pub fn retry_after(outcome: &Result<HttpResponse, TransportError>) -> Option<Duration> {
    let ms = outcome
        .as_ref()
        .ok()?
        .header("x-amz-retry-after")?
        .trim()
        .parse::<u64>()
        .ok()?;
    Some(Duration::from_millis(ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resp(status: u16, errortype: Option<&str>) -> Result<HttpResponse, TransportError> {
        Ok(HttpResponse {
            status,
            headers: errortype
                .map(|t| vec![("x-amzn-errortype".to_string(), t.to_string())])
                .unwrap_or_default(),
            body: b"{}".to_vec(),
        })
    }

    #[test]
    fn retries_what_the_sdk_retries() {
        for status in [500, 502, 503, 504] {
            assert_eq!(
                classify(&resp(status, None)),
                Verdict::Retry { throttled: false },
                "{status}"
            );
        }
        assert_eq!(
            classify(&resp(429, None)),
            Verdict::Retry { throttled: true }
        );
        assert_eq!(
            classify(&resp(400, Some("ThrottlingException"))),
            Verdict::Retry { throttled: true }
        );
        for status in [200, 204, 400, 403, 404, 405, 409] {
            assert_eq!(classify(&resp(status, None)), Verdict::Done, "{status}");
        }
        let conn = Err(TransportError::Connection {
            endpoint: "e".into(),
            detail: "reset".into(),
        });
        assert_eq!(classify(&conn), Verdict::Retry { throttled: false });
        assert_eq!(
            classify(&Err(TransportError::Denied("x".into()))),
            Verdict::Done
        );
    }

    #[test]
    fn backoff_is_full_jitter_exponential_and_capped() {
        assert_eq!(backoff(1, false, 0.999_999, None).as_millis(), 49);
        assert_eq!(backoff(2, false, 0.5, None), Duration::from_millis(50));
        assert_eq!(backoff(1, true, 0.5, None), Duration::from_millis(500));
        assert_eq!(backoff(3, true, 1.0, None), Duration::from_secs(4));
        assert_eq!(backoff(10, true, 1.0, None), CAP);
        assert_eq!(backoff(1, false, 0.0, None), Duration::ZERO);
        assert_eq!(
            backoff(1, false, 0.0, Some(Duration::from_millis(300))),
            Duration::from_millis(300)
        );
        assert_eq!(
            backoff(1, false, 0.0, Some(Duration::from_secs(60))),
            Duration::from_secs(5)
        );
    }
}
