package nz.integrity.archfixture.party;

import nz.integrity.archfixture.demo.DemoSeeder;

/** Deliberately bad: production code depending on demo data. */
public class ClientThatImportsDemo {
    public Client sample() {
        return new DemoSeeder().client();
    }
}
