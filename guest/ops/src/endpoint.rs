//! S3 Tables endpoint names, shared by the guest (where to send) and the host (what to allow).

/// The DNS suffix of the partition a region belongs to.
pub fn dns_suffix(region: &str) -> &'static str {
    if region.starts_with("cn-") {
        "amazonaws.com.cn"
    } else if region.starts_with("eusc-") {
        "amazonaws.eu"
    } else if region.starts_with("us-isob-") {
        "sc2s.sgov.gov"
    } else if region.starts_with("us-iso-") {
        "c2s.ic.gov"
    } else {
        "amazonaws.com"
    }
}

/// A region name as AWS spells them (`us-east-1`, `eu-central-2`, `us-gov-west-1`).
pub fn is_valid_region(region: &str) -> bool {
    let parts: Vec<&str> = region.split('-').collect();
    parts.len() >= 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
        && parts
            .last()
            .is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()))
}

/// `s3tables.{region}.{dns suffix}`: the service endpoint of a region.
pub fn default_authority(region: &str) -> String {
    format!("s3tables.{region}.{}", dns_suffix(region))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_are_validated_strictly() {
        for ok in ["us-east-1", "eu-central-2", "us-gov-west-1", "cn-north-1"] {
            assert!(is_valid_region(ok), "{ok}");
        }
        for bad in [
            "",
            "us-east",
            "US-EAST-1",
            "us-east-1.evil.com",
            "us-east-1/..",
            "a-b-",
            "x",
        ] {
            assert!(!is_valid_region(bad), "{bad}");
        }
    }
}
