package nz.integrity.archfixture.party.web;

import nz.integrity.archfixture.party.Client;

/** A feature's adapter calling its domain: the shape the rules accept. */
public class ClientPage {
    public String heading(Client client) {
        return client.name();
    }
}
