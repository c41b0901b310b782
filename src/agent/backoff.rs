//! When to try a failed item again: exponential in the number of attempts, capped, with jitter
//! so that items failed by one outage do not all return at the same instant.

use std::time::Duration;

/// Delay before attempt `attempts + 1`, given `attempts` failures so far (≥ 1).
pub fn delay(attempts: i64, base_ms: u64, cap_secs: u64) -> Duration {
    let cap_ms = cap_secs.saturating_mul(1000).max(1);
    let exp = attempts.clamp(1, 40) as u32 - 1;
    let full = base_ms
        .max(1)
        .saturating_mul(1u64 << exp.min(32))
        .min(cap_ms);
    // "Equal jitter": at least half the step, so a retry storm cannot collapse to zero waits.
    let half = full / 2;
    Duration::from_millis(half + fastrand::u64(0..=full - half))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_then_stays_under_the_cap() {
        for attempts in 1..60 {
            let d = delay(attempts, 1_000, 600).as_millis() as u64;
            let full = (1_000u64 << (attempts.min(33) - 1) as u32).min(600_000);
            assert!(d >= full / 2 && d <= full, "attempt {attempts}: {d}");
        }
        assert!(delay(100, 1_000, 600) <= Duration::from_secs(600));
    }
}
