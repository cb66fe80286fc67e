package nz.integrity.audit;

import java.security.KeyPair;
import java.util.HexFormat;

/** Fixed keys for reproducible signatures; the first is RFC 8032 §7.1 test 1. */
final class TestKeys {

    static final String RFC8032_PKCS8 =
            "302e020100300506032b6570042204209d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    static final String RFC8032_X509 =
            "302a300506032b6570032100d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    private TestKeys() {
    }

    static KeyPair rfc8032() {
        return new KeyPair(Ed25519Keys.publicKeyFromX509(HexFormat.of().parseHex(RFC8032_X509)),
                Ed25519Keys.privateKeyFromPkcs8(HexFormat.of().parseHex(RFC8032_PKCS8)));
    }

    static KeyPair fresh() {
        return Ed25519Keys.generate();
    }
}
