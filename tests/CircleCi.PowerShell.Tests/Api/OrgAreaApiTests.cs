using System.Text.Json;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Models;
using Xunit;

namespace CircleCi.PowerShell.Tests.Api;

/// <summary>
/// The paths and bodies of the Context, Project, Organization, Groups and User clients, as openapi-v2.json spells them:
/// an {org-slug-or-id} keeps its '/', and every body field has the document's name.
/// </summary>
public class OrgAreaApiTests
{
    [Theory]
    [InlineData("gh/acme", "organization/gh/acme")]
    [InlineData("circleci/8e6b5e0d-6f32-4d3e-9c4c-7a0b33d1a1aa", "organization/circleci/8e6b5e0d-6f32-4d3e-9c4c-7a0b33d1a1aa")]
    [InlineData("8e6b5e0d-6f32-4d3e-9c4c-7a0b33d1a1aa", "organization/8e6b5e0d-6f32-4d3e-9c4c-7a0b33d1a1aa")]
    [InlineData("/gh/acme/", "organization/gh/acme")]
    [InlineData("gh/my org", "organization/gh/my%20org")]
    public void An_org_slug_keeps_its_slash_and_each_part_is_escaped(string org, string expected) =>
        Assert.Equal(expected, OrganizationApi.DeleteOrganization.Path(org).Relative);

    [Theory]
    [InlineData("gh//acme")]
    [InlineData("gh/..")]
    [InlineData("")]
    public void An_org_slug_that_cannot_be_a_path_fails_before_sending(string org) =>
        Assert.Throws<CircleApiException>(() => ProjectApi.CreateProject.Path(org));

    [Fact]
    public void The_paths_that_spell_a_slug_as_three_parameters_get_its_parts()
    {
        Assert.Equal("project/gh/acme/api", ProjectApi.CreateProject1.Path(ProjectSlugParts.From("gh/acme/api")).Relative);
        Assert.Equal("project/bb/acme/my%20repo/settings", ProjectApi.PatchProjectSettings.Path(ProjectSlugParts.From("bb/acme/my repo")).Relative);
    }

    [Fact]
    public void A_variable_name_and_a_fingerprint_are_one_segment()
    {
        var context = Guid.Parse("be8bb2e3-c3d6-4098-89f4-572ff976ba9a");
        Assert.Equal("context/be8bb2e3-c3d6-4098-89f4-572ff976ba9a/environment-variable/A_B",
            ContextApi.AddEnvironmentVariableToContext.Path(context, "A_B").Relative);
        Assert.Equal("project/gh/acme/api/checkout-key/SHA256%3Aab%2Fc%2B",
            ProjectApi.GetCheckoutKey.Path("gh/acme/api", "SHA256:ab/c+").Relative);
    }

    [Fact]
    public void Context_bodies_use_the_document_names()
    {
        var id = Guid.Parse("b9291e0d-a11e-41fb-8517-c545388b5953");
        Assert.Equal("""{"name":"deploy","owner":{"slug":"gh/acme","type":"organization"}}""",
            JsonSerializer.Serialize(new CreateContextRequest { Name = "deploy", Owner = ContextOwner.BySlug("gh/acme") }, ContextRequestJson.Default.CreateContextRequest));
        Assert.Equal("""{"name":"deploy","owner":{"id":"b9291e0d-a11e-41fb-8517-c545388b5953","type":"account"}}""",
            JsonSerializer.Serialize(new CreateContextRequest { Name = "deploy", Owner = ContextOwner.ById(id, "account") }, ContextRequestJson.Default.CreateContextRequest));
        Assert.Equal("""{"restriction_type":"expression","restriction_value":"true"}""",
            JsonSerializer.Serialize(new CreateContextRestrictionRequest { RestrictionType = "expression", RestrictionValue = "true" },
                ContextRequestJson.Default.CreateContextRestrictionRequest));
        Assert.Equal("""{"value":"v"}""", JsonSerializer.Serialize(new ContextVariableValueRequest { Value = "v" }, ContextRequestJson.Default.ContextVariableValueRequest));
    }

    [Fact]
    public void Project_bodies_use_the_document_names_and_send_only_the_settings_given()
    {
        Assert.Equal("""{"name":"api"}""", JsonSerializer.Serialize(new CreateProjectRequest { Name = "api" }, ProjectRequestJson.Default.CreateProjectRequest));
        Assert.Equal("""{"type":"user-key"}""", JsonSerializer.Serialize(new CreateCheckoutKeyRequest { Type = "user-key" }, ProjectRequestJson.Default.CreateCheckoutKeyRequest));
        Assert.Equal("""{"name":"N","value":"v"}""", JsonSerializer.Serialize(new CreateEnvVarRequest { Name = "N", Value = "v" }, ProjectRequestJson.Default.CreateEnvVarRequest));
        var advanced = new ProjectAdvancedSettings { ForksReceiveSecretEnvVars = false, PrOnlyBranchOverrides = new ItemList<string> { "main" } };
        Assert.Equal("""{"advanced":{"forks_receive_secret_env_vars":false,"pr_only_branch_overrides":["main"]}}""",
            JsonSerializer.Serialize(new PatchProjectSettingsRequest { Advanced = advanced }, ProjectRequestJson.Default.PatchProjectSettingsRequest));
    }

    [Fact]
    public void Organization_and_group_bodies_use_the_document_names()
    {
        Assert.Equal("""{"name":"acme","vcs_type":"circleci"}""",
            JsonSerializer.Serialize(new CreateOrganizationRequest { Name = "acme", VcsType = "circleci" }, OrganizationRequestJson.Default.CreateOrganizationRequest));
        Assert.Equal("""{"name":"n","prefix":"https://x/","auth":"none"}""",
            JsonSerializer.Serialize(new CreateURLOrbAllowListEntryRequest { Name = "n", Prefix = "https://x/", Auth = "none" },
                OrganizationRequestJson.Default.CreateURLOrbAllowListEntryRequest));
        Assert.Equal("""{"name":"g"}""", JsonSerializer.Serialize(new CreateOrganizationGroupRequest { Name = "g" }, GroupRequestJson.Default.CreateOrganizationGroupRequest));
        Assert.Equal("""{"name":"g","description":"d"}""",
            JsonSerializer.Serialize(new CreateOrganizationGroupRequest { Name = "g", Description = "d" }, GroupRequestJson.Default.CreateOrganizationGroupRequest));
    }
}
