//! One colour per MGI domain, by the domain's number: the same in the profile (its web page and
//! its PDF), the portal (`--domain-N` in the web application's stylesheet, which a test keeps in
//! step with this list) and the charts. The Okabe-Ito palette, which readers with the common
//! colour-vision deficiencies tell apart; a domain's name is always written beside its colour.

/// Calls `$then!` with the six colours, in the order of the domains' numbers: the one list
/// that both [`DOMAIN_COLOURS`] and the profile's style are written from.
macro_rules! with_domain_colours {
    ($then:ident) => {
        $then!(
            "#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9"
        )
    };
}
pub(crate) use with_domain_colours;

macro_rules! as_array {
    ($($colour:literal),+) => {
        [$($colour),+]
    };
}

/// The colour of domain `n` is `DOMAIN_COLOURS[n - 1]`.
pub const DOMAIN_COLOURS: [&str; 6] = with_domain_colours!(as_array);

/// The colour of the domain numbered `number` (1 to 6).
pub fn domain_colour(number: u8) -> Option<&'static str> {
    DOMAIN_COLOURS
        .get(usize::from(number).checked_sub(1)?)
        .copied()
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_domain_has_its_own_colour() {
        let mut colours = super::DOMAIN_COLOURS.to_vec();
        colours.sort_unstable();
        colours.dedup();
        assert_eq!(colours.len(), 6);
        assert_eq!(super::domain_colour(1), Some("#0072b2"));
        assert_eq!(super::domain_colour(0), None);
        assert_eq!(super::domain_colour(7), None);
    }
}
