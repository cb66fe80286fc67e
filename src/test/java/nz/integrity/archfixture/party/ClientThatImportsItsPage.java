package nz.integrity.archfixture.party;

import nz.integrity.archfixture.party.web.ClientPage;

/** Deliberately bad: a domain class depending on its own feature's page. */
public class ClientThatImportsItsPage {
    public String heading(ClientPage page) {
        return page.heading(new Client());
    }
}
