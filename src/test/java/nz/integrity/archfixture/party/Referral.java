package nz.integrity.archfixture.party;

import nz.integrity.archfixture.staff.Member;

/** Deliberately bad, with {@link Member}: party and staff import each other (a package cycle). */
public class Referral {
    public Member referredBy;
}
