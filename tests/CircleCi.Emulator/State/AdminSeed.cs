using System.Security.Cryptography;
using System.Text;

namespace CircleCi.Emulator.State;

/// <summary>
/// The administration seed: a few variables and a deploy key on gh/acme/api, contexts in gh/acme (more than one
/// page of them), a schedule and a webhook on gh/acme/api.
/// </summary>
public static class AdminSeed
{
    public const string ApiVariable = "DEPLOY_TOKEN";
    public const string ContextName = "deploy-prod";
    /// <summary>Contexts gh/acme has besides <see cref="ContextName"/>: more than a page of 20.</summary>
    public const int ExtraContexts = 22;

    internal static void Load(EmulatorState s)
    {
        var admin = s.Admin;
        var salt = s.Options.Seed;
        var api = s.Projects[Seed.ApiProject];
        foreach (var (name, value) in new[] { (ApiVariable, "seeded-secret-1234"), ("NPM_TOKEN", "npm_seeded_abcd"), ("SLACK_HOOK", "https://hooks.example/T0/B0/zzzz") })
            AddEnvVar(admin, api.Slug, name, value);
        AddCheckoutKey(admin, api.Slug, "deploy-key");
        // Ada is no admin of the Bitbucket project: bulk changes meet one 403 among successes.
        admin.LockedProjects.Add(Seed.LegacyProject);

        var ghAcme = s.Orgs["gh/acme"];
        var deploy = AddContext(admin, Seed.IdFor("context:" + ContextName, salt), ContextName, ghAcme);
        foreach (var (name, value) in new[] { ("AWS_ACCESS_KEY_ID", "AKIASEEDED0001"), ("AWS_SECRET_ACCESS_KEY", "seeded/secret/key") })
            deploy.Variables[name] = new ContextVarRecord { Variable = name, Secret = value, CreatedAt = admin.Now(), UpdatedAt = admin.Now(), ContextId = deploy.Id };
        deploy.Restrictions.Add(new RestrictionRecord
        {
            ContextId = deploy.Id, Id = Seed.IdFor("restriction:deploy-prod/api", salt), ProjectId = api.Id, Name = api.Name,
            RestrictionType = "project", RestrictionValue = api.Id.ToString(),
        });
        for (var i = 1; i <= ExtraContexts; i++)
            AddContext(admin, Seed.IdFor($"context:shared-{i:00}", salt), $"shared-{i:00}", ghAcme);

        var ada = s.Users[Seed.IdFor("user:ada", salt)];
        var nightly = Seed.IdFor("schedule:api/nightly", salt);
        admin.Schedules[nightly] = new ScheduleRecord
        {
            Id = nightly, Name = "nightly", Description = "Full test run every night", ProjectSlug = api.Slug,
            Timetable = new() { ["per-hour"] = 1, ["hours-of-day"] = new List<int> { 2 }, ["days-of-week"] = new List<string> { "MON", "TUE", "WED", "THU", "FRI" } },
            Parameters = new() { ["branch"] = "main" }, Actor = new ScheduleActor(ada.AvatarUrl, ada.Id, ada.Login, ada.Name),
            CreatedAt = admin.Now(), UpdatedAt = admin.Now(),
        };
        var hook = Seed.IdFor("webhook:api/slack", salt);
        admin.Webhooks[hook] = new WebhookRecord
        {
            Id = hook, Name = "slack-notify", Url = "https://hooks.example.com/circleci", VerifyTls = true, Secret = "seeded-signing-secret",
            Scope = new WebhookScope(api.Id, "project"), Events = new List<string> { "workflow-completed" },
            CreatedAt = admin.Now(), UpdatedAt = admin.Now(),
        };
    }

    public static EnvVarRecord AddEnvVar(AdminState admin, string slug, string name, string value)
    {
        if (!admin.EnvVars.TryGetValue(slug, out var vars)) admin.EnvVars[slug] = vars = new(StringComparer.Ordinal);
        var record = new EnvVarRecord { Name = name, Secret = value, CreatedAt = admin.Now() };
        vars[name] = record;
        return record;
    }

    public static CheckoutKeyRecord AddCheckoutKey(AdminState admin, string slug, string type)
    {
        if (!admin.CheckoutKeys.TryGetValue(slug, out var keys)) admin.CheckoutKeys[slug] = keys = new();
        var material = Encoding.UTF8.GetBytes($"{slug}|{type}|{keys.Count}|{admin.Now():O}");
        var md5 = MD5.HashData(material);
        var record = new CheckoutKeyRecord
        {
            PublicKey = "ssh-rsa " + Convert.ToBase64String(SHA512.HashData(material)) + " " + type,
            Type = type == "user-key" ? "github-user-key" : "deploy-key",
            Fingerprint = string.Join(":", md5.Select(b => b.ToString("x2"))),
            Sha256Fingerprint = "SHA256:" + Convert.ToBase64String(SHA256.HashData(material)).TrimEnd('='),
            Preferred = keys.Count == 0,
            CreatedAt = admin.Now(),
        };
        keys.Add(record);
        return record;
    }

    public static ContextRecord AddContext(AdminState admin, Guid id, string name, OrgRecord owner)
    {
        var context = new ContextRecord { Id = id, Name = name, CreatedAt = admin.Now(), OwnerSlug = owner.Slug, OwnerId = owner.Id!.Value };
        admin.Contexts[id] = context;
        return context;
    }
}
