package nz.integrity.archfixture.staff;

import nz.integrity.archfixture.party.Referral;

/** Deliberately bad, with {@link Referral}: party and staff import each other (a package cycle). */
public class Member {
    public Referral lastReferral;
}
