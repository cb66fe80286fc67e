package nz.integrity.archfixture.demo;

import nz.integrity.archfixture.party.Client;
import nz.integrity.archfixture.party.web.ClientPage;

/** Demo data may import every feature, adapters included: the shape the rules accept. */
public class DemoSeeder {
    public Client client() {
        return new Client();
    }

    public ClientPage page() {
        return new ClientPage();
    }
}
