package nz.integrity.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Map;
import nz.integrity.staff.StaffDirectory;
import nz.integrity.staff.StaffMember;

/**
 * People's names for pages that record a username: who decided, approved or returned something reads as the
 * person ("Sina Supervisor"), not the account. A username no longer in the directory is shown as it is.
 */
@Named
@RequestScoped
public class StaffNames {

    @Inject
    StaffDirectory directory;

    private final Map<String, String> known = new HashMap<>();

    public String of(String username) {
        if (username == null) {
            return "";
        }
        return known.computeIfAbsent(username,
                name -> directory.findByUsername(name).map(StaffMember::displayName).orElse(name));
    }
}
