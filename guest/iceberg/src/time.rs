//! Iceberg timestamps (milliseconds since the Unix epoch) as ISO-8601 UTC text.

/// `1700000000123` → `2023-11-14T22:13:20.123Z`.
pub fn iso8601_millis(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let millis = ms.rem_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{millis:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Howard Hinnant's `civil_from_days`: days since 1970-01-01 → (year, month, day).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Howard Hinnant's `days_from_civil`: (year, month, day) → days since 1970-01-01.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A point in time given as epoch milliseconds (`1700000000000`) or as ISO 8601 with a UTC
/// offset (`2024-01-02T03:04:05Z`, `2024-01-02T03:04:05.123+02:00`), in epoch milliseconds.
pub fn parse_instant_millis(s: &str) -> Result<i64, String> {
    let s = s.trim();
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return s
            .parse()
            .map_err(|_| format!("{s:?} is too large for epoch milliseconds"));
    }
    let bad = || {
        format!(
            "{s:?} is not a timestamp: use ISO 8601 with an offset (2024-01-02T03:04:05Z, 2024-01-02T03:04:05.250+02:00) or epoch milliseconds"
        )
    };
    let (body, offset_minutes) =
        if let Some(body) = s.strip_suffix('Z').or_else(|| s.strip_suffix('z')) {
            (body, 0)
        } else {
            let at = s
                .len()
                .checked_sub(6)
                .filter(|&i| i > 10 && s.is_char_boundary(i))
                .ok_or_else(bad)?;
            let (body, off) = s.split_at(at);
            let sign = match off.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return Err(bad()),
            };
            let (h, m) = off[1..].split_once(':').ok_or_else(bad)?;
            let h: i64 = h.parse().map_err(|_| bad())?;
            let m: i64 = m.parse().map_err(|_| bad())?;
            if h > 23 || m > 59 {
                return Err(bad());
            }
            (body, sign * (h * 60 + m))
        };
    let b = body.as_bytes();
    if b.len() < 19
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return Err(bad());
    }
    let num = |r: std::ops::Range<usize>| -> Result<i64, String> {
        let part = body.get(r).ok_or_else(bad)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        part.parse().map_err(|_| bad())
    };
    let (y, mo, d, h, mi, sec) = (
        num(0..4)?,
        num(5..7)?,
        num(8..10)?,
        num(11..13)?,
        num(14..16)?,
        num(17..19)?,
    );
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || sec > 60 {
        return Err(bad());
    }
    let millis = match body.get(19..) {
        None | Some("") => 0,
        Some(frac) => {
            let digits = frac.strip_prefix('.').ok_or_else(bad)?;
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return Err(bad());
            }
            // Milliseconds; finer digits are cut (a snapshot's time is in milliseconds).
            format!("{:0<3}", &digits[..digits.len().min(3)])
                .parse::<i64>()
                .map_err(|_| bad())?
        }
    };
    let days = days_from_civil(y, mo as u32, d as u32);
    Ok(((days * 86_400 + h * 3600 + mi * 60 + sec) - offset_minutes * 60) * 1000 + millis)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_utc_with_milliseconds() {
        assert_eq!(iso8601_millis(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(
            iso8601_millis(1_700_000_000_123),
            "2023-11-14T22:13:20.123Z"
        );
        assert_eq!(iso8601_millis(951_782_400_000), "2000-02-29T00:00:00.000Z");
        assert_eq!(iso8601_millis(-1), "1969-12-31T23:59:59.999Z");
    }

    #[test]
    fn days_from_civil_inverts_civil_from_days() {
        for days in [-800_000, -1, 0, 59, 11_016, 19_782, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn instants_parse_with_offsets_or_as_epoch_millis() {
        assert_eq!(parse_instant_millis("1700000000123"), Ok(1_700_000_000_123));
        assert_eq!(
            parse_instant_millis("2023-11-14T22:13:20.123Z"),
            Ok(1_700_000_000_123)
        );
        assert_eq!(
            parse_instant_millis("2023-11-15T00:13:20.1239+02:00"),
            Ok(1_700_000_000_123)
        );
        assert_eq!(
            parse_instant_millis("2023-11-14T21:13:20-01:00"),
            Ok(1_700_000_000_000)
        );
        for bad in [
            "",
            "yesterday",
            "2023-11-14T22:13:20",
            "2023-11-14",
            "2023-13-01T00:00:00Z",
            "2023-11-14T22:13:20.Z",
            "2023-11-14T22:13:20+2:00",
            "99999999999999999999",
        ] {
            assert!(parse_instant_millis(bad).is_err(), "{bad}");
        }
    }
}
