package nz.integrity.staff.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nz.integrity.staff.StaffMember;
import nz.integrity.staff.Team;
import nz.integrity.staff.TeamAdministration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** Teams, their supervisor and members, for administrators. */
@Path("/teams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Teams")
public class TeamResource {

    @Inject
    TeamAdministration administration;

    public record TeamView(String code, String name, String supervisor, List<String> members, boolean active) {
        static TeamView of(Team team) {
            return new TeamView(team.code(), team.name(), team.supervisor().map(StaffMember::username).orElse(null),
                    team.members().stream().map(StaffMember::username).sorted().toList(), team.isActive());
        }
    }

    public record NewTeamBody(String code, String name) {
    }

    public record NameBody(String name) {
    }

    public record UsernameBody(String username, String reason) {
    }

    @GET
    @Operation(summary = "All teams with supervisor and members (administrators only)")
    public List<TeamView> list() {
        return administration.listTeams().stream().map(TeamView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a team; the code is 2 to 20 capital letters, digits or '-'")
    public Response create(NewTeamBody body) {
        Team team = administration.create(body == null ? null : body.code(), body == null ? null : body.name());
        return Response.created(URI.create("teams/" + team.code())).entity(TeamView.of(team)).build();
    }

    @PUT
    @Path("/{code}/name")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a team")
    public TeamView rename(@PathParam("code") String code, NameBody body) {
        return TeamView.of(administration.rename(code, body == null ? null : body.name()));
    }

    @PUT
    @Path("/{code}/supervisor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to appoint the team's supervisor, who must have the supervisor role, with a reason (202); "
            + "a second administrator approves (SoD-7)")
    public Response appointSupervisor(@PathParam("code") String code, UsernameBody body) {
        return ChangeResource.ChangeView.accepted(administration.appointSupervisor(code,
                body == null ? null : body.username(), body == null ? null : body.reason()));
    }

    @POST
    @Path("/{code}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to add an investigator or supervisor to the team, with a reason (202); members see the "
            + "team's cases, so the team's supervisor accepts the member or a second administrator approves (SoD-7)")
    public Response addMember(@PathParam("code") String code, UsernameBody body) {
        return ChangeResource.ChangeView.accepted(administration.addMember(code,
                body == null ? null : body.username(), body == null ? null : body.reason()));
    }

    @DELETE
    @Path("/{code}/members/{username}")
    @Operation(summary = "Remove a member from the team")
    public TeamView removeMember(@PathParam("code") String code, @PathParam("username") String username) {
        return TeamView.of(administration.removeMember(code, username));
    }
}
