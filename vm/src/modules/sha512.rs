//! SHA-512 (FIPS 180-4), which `random.seed` applies to str and bytes seeds.
//!
//! The round constants and initial hash are the leading 64 fraction bits of
//! the cube and square roots of the first primes; they are computed once
//! from that definition with exact integer roots.

use std::sync::OnceLock;

use num_bigint::BigUint;
use num_traits::ToPrimitive;

struct Constants {
    initial: [u64; 8],
    rounds: [u64; 80],
}

fn primes(count: usize) -> Vec<u32> {
    let mut found = Vec::with_capacity(count);
    let mut n = 2u32;
    while found.len() < count {
        if found
            .iter()
            .take_while(|&&p| p * p <= n)
            .all(|&p| n % p != 0)
        {
            found.push(n);
        }
        n += 1;
    }
    found
}

/// The low 64 bits of floor(root(p) * 2**64), i.e. the first 64 bits of
/// the root's fractional part.
fn fraction_bits(p: u32, degree: u32) -> u64 {
    let scaled = BigUint::from(p) << (64 * degree as usize);
    let root = scaled.nth_root(degree);
    (root & BigUint::from(u64::MAX)).to_u64().expect("64 bits")
}

fn constants() -> &'static Constants {
    static CONSTANTS: OnceLock<Constants> = OnceLock::new();
    CONSTANTS.get_or_init(|| {
        let ps = primes(80);
        let mut initial = [0u64; 8];
        for (h, &p) in initial.iter_mut().zip(&ps) {
            *h = fraction_bits(p, 2);
        }
        let mut rounds = [0u64; 80];
        for (k, &p) in rounds.iter_mut().zip(&ps) {
            *k = fraction_bits(p, 3);
        }
        Constants { initial, rounds }
    })
}

pub fn sha512(message: &[u8]) -> [u8; 64] {
    let c = constants();
    let mut h = c.initial;
    let mut data = message.to_vec();
    data.push(0x80);
    while data.len() % 128 != 112 {
        data.push(0);
    }
    data.extend_from_slice(&((message.len() as u128) * 8).to_be_bytes());
    for block in data.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (t, word) in block.chunks_exact(8).enumerate() {
            w[t] = u64::from_be_bytes(word.try_into().expect("8 bytes"));
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = s1
                .wrapping_add(w[t - 7])
                .wrapping_add(s0)
                .wrapping_add(w[t - 16]);
        }
        let [mut a, mut b, mut cc, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let big_s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let choose = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(big_s1)
                .wrapping_add(choose)
                .wrapping_add(c.rounds[t])
                .wrapping_add(w[t]);
            let big_s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let majority = (a & b) ^ (a & cc) ^ (b & cc);
            let t2 = big_s0.wrapping_add(majority);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = cc;
            cc = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, cc, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (chunk, x) in out.chunks_exact_mut(8).zip(h) {
        chunk.copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::sha512;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn digests_match_the_standard_examples() {
        assert!(hex(&sha512(b"abc")).starts_with("ddaf35a193617aba"));
        assert!(hex(&sha512(b"")).starts_with("cf83e1357eefb8bd"));
        let long = vec![b'a'; 1000];
        assert_eq!(hex(&sha512(&long)).len(), 128);
    }
}
