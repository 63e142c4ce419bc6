using System.Security.Cryptography;
using System.Text;

namespace CircleCi.Emulator.State;

/// <summary>
/// The deterministic seed. Ids are MD5(salt + name) as a Guid and times count from
/// <see cref="Epoch"/>, so two runs (and two machines) produce byte-identical answers.
/// </summary>
public static class Seed
{
    public static readonly DateTime Epoch = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    public const string ApiProject = "gh/acme/api";
    public const string WebProject = "gh/acme/web";
    public const string LegacyProject = "bb/acme/legacy";
    public const string BigProject = "gh/acme/big";
    public const int ApiPipelineCount = 100;
    public const string FeatureBranch = "feature/login";

    /// <summary>A Guid derived from a name (and the optional salt from EmulatorOptions.Seed).</summary>
    public static Guid IdFor(string name, string? salt = null)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes((salt ?? "") + "|" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30); // version 3 (name-based MD5)
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(hash, bigEndian: true);
    }

    /// <summary>A fake 40-hex git revision derived from a name.</summary>
    public static string RevisionFor(string name) =>
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(name)));

    /// <summary>Slug of the GitHub-App/GitLab style org ("circleci/&lt;org-uuid&gt;").</summary>
    public static string CircleCiOrgSlug(string? salt = null) => "circleci/" + IdFor("org:acme-app", salt);

    /// <summary>Slug of the project in the GitHub-App style org.</summary>
    public static string CircleCiProjectSlug(string? salt = null) =>
        CircleCiOrgSlug(salt) + "/" + IdFor("project:acme-app/mobile", salt);

    internal static void Load(EmulatorState s)
    {
        var salt = s.Options.Seed;
        Guid Id(string name) => IdFor(name, salt);

        var ghAcme = AddOrg(s, Id("org:gh/acme"), "github", "acme", "gh/acme", 2001);
        var bbAcme = AddOrg(s, Id("org:bb/acme"), "bitbucket", "acme", "bb/acme", 2002);
        var appOrg = AddOrg(s, Id("org:acme-app"), "circleci", "acme-app", CircleCiOrgSlug(salt), 2003);

        var ada = AddUser(s, Id("user:ada"), "ada", "Ada Admin", EmulatorTokens.Admin, true, 1001,
            ghAcme.Slug, bbAcme.Slug, appOrg.Slug);
        var rex = AddUser(s, Id("user:rex"), "rex", "Rex Reader", EmulatorTokens.Reader, false, 1002, ghAcme.Slug);

        var api = AddProject(s, ghAcme, "api", Id("project:gh/acme/api"), "https://github.com/acme/api", "GitHub", "main");
        var web = AddProject(s, ghAcme, "web", Id("project:gh/acme/web"), "https://github.com/acme/web", "GitHub", "main");
        var legacy = AddProject(s, bbAcme, "legacy", Id("project:bb/acme/legacy"), "https://bitbucket.org/acme/legacy", "Bitbucket", "master");
        var mobileId = Id("project:acme-app/mobile");
        var mobile = AddProject(s, appOrg, mobileId.ToString(), mobileId, "https://github.com/acme/mobile", "CircleCI", "main", name: "mobile");
        var big = AddProject(s, ghAcme, "big", Id("project:gh/acme/big"), "https://github.com/acme/big", "GitHub", "main");
        s.ProjectTokens[EmulatorTokens.ProjectToken] = api.Slug;

        var actors = new[] { ada, rex };
        for (var n = 1; n <= ApiPipelineCount; n++)
            AddPipeline(s, api, n, n % 3 == 0 ? FeatureBranch : "main", actors[n % 2], running: n == ApiPipelineCount);
        for (var n = 1; n <= 5; n++)
            AddPipeline(s, web, n, "main", ada, errored: n == 3);
        for (var n = 1; n <= 3; n++)
            AddPipeline(s, legacy, n, "master", rex);
        for (var n = 1; n <= 4; n++)
            AddPipeline(s, mobile, n, n == 2 ? "develop" : "main", ada);
        for (var n = 1; n <= s.Options.BigProjectPipelines; n++)
            AddPipeline(s, big, n, n % 5 == 0 ? "release" : "main", actors[n % 2]);
    }

    private static OrgRecord AddOrg(EmulatorState s, Guid id, string vcsType, string name, string slug, int avatar)
    {
        var org = new OrgRecord
        {
            Id = id, VcsType = vcsType, Name = name, Slug = slug,
            AvatarUrl = $"https://avatars.githubusercontent.com/u/{avatar}?v=4",
        };
        s.Orgs[slug] = org;
        return org;
    }

    private static UserRecord AddUser(EmulatorState s, Guid id, string login, string name, string token, bool admin,
        int avatar, params string[] orgs)
    {
        var user = new UserRecord
        {
            Id = id, Login = login, Name = name, Token = token, IsAdmin = admin,
            AvatarUrl = $"https://avatars.githubusercontent.com/u/{avatar}?v=4", OrgSlugs = orgs.ToList(),
        };
        s.Users[id] = user;
        s.UsersByToken[token] = user;
        return user;
    }

    internal static ProjectRecord AddProject(EmulatorState s, OrgRecord org, string repo, Guid id, string vcsUrl,
        string provider, string defaultBranch, string? name = null)
    {
        var p = new ProjectRecord
        {
            Slug = org.Slug + "/" + repo, Name = name ?? repo, Id = id,
            OrganizationName = org.Name, OrganizationSlug = org.Slug, OrganizationId = org.Id!.Value,
            VcsInfo = new VcsInfo(vcsUrl, provider, defaultBranch),
        };
        s.Projects[p.Slug] = p;
        s.PipelinesByProject[p.Slug] = new List<PipelineRecord>();
        return p;
    }

    private static void AddPipeline(EmulatorState s, ProjectRecord project, int number, string branch, UserRecord actor,
        bool running = false, bool errored = false)
    {
        var salt = s.Options.Seed;
        var key = project.Slug + "#" + number;
        var created = Epoch.AddMinutes(number * 10);
        var revision = RevisionFor(key);
        var isApp = project.VcsInfo.Provider == "CircleCI";
        var pipeline = new PipelineRecord
        {
            Id = IdFor("pipeline:" + key, salt),
            ProjectSlug = project.Slug,
            Number = number,
            CreatedAt = created,
            UpdatedAt = created.AddSeconds(5),
            State = errored ? "errored" : "created",
            Errors = errored
                ? new() { new PipelineError("config", "Config does not conform to schema: {:workflows {:build-and-test {:jobs [(not (valid-job? \"tset\"))]}}}") }
                : new(),
            Trigger = new PipelineTrigger(number % 10 == 0 ? "api" : "webhook", created,
                new TriggerActor(actor.Login, actor.AvatarUrl ?? "")),
            TriggerParameters = isApp
                ? new() { ["github_app"] = new Dictionary<string, object?> { ["branch"] = branch, ["checkout_sha"] = revision } }
                : null,
            Vcs = new PipelineVcs
            {
                ProviderName = project.VcsInfo.Provider == "Bitbucket" ? "Bitbucket" : "GitHub",
                TargetRepositoryUrl = project.VcsInfo.VcsUrl,
                OriginRepositoryUrl = project.VcsInfo.VcsUrl,
                Revision = revision,
                Branch = branch,
                Commit = new VcsCommit($"Change {number} on {branch}", number % 4 == 0 ? $"Details for change {number}." : ""),
            },
        };
        s.AddPipeline(pipeline);
        if (errored) return;

        var failed = number % 7 == 3;
        AddWorkflow(s, pipeline, "build-and-test", actor, running ? "running" : failed ? "failed" : "success",
            ("build", null), ("test", "build"), ("lint", null));
        if (number % 4 == 0 && branch == project.VcsInfo.DefaultBranch)
            AddWorkflow(s, pipeline, "deploy", actor, running ? "on_hold" : "success", ("hold", "approval"), ("deploy", "hold"));
    }

    /// <summary>Jobs are (name, requires) pairs; requires "approval" marks an approval job.</summary>
    private static void AddWorkflow(EmulatorState s, PipelineRecord p, string name, UserRecord actor, string status,
        params (string Name, string? Requires)[] jobs)
    {
        var salt = s.Options.Seed;
        var key = p.ProjectSlug + "#" + p.Number + "/" + name;
        var created = p.CreatedAt.AddSeconds(10);
        var done = status is not ("running" or "on_hold");
        var wf = new WorkflowRecord
        {
            Id = IdFor("workflow:" + key, salt), PipelineId = p.Id, PipelineNumber = p.Number, ProjectSlug = p.ProjectSlug,
            Name = name, Status = status, StartedBy = actor.Id, CreatedAt = created,
            StoppedAt = done ? created.AddMinutes(3 + p.Number % 5) : null,
        };
        s.AddWorkflow(wf);

        var ids = new Dictionary<string, Guid>();
        var offset = 0;
        foreach (var (jobName, requires) in jobs)
        {
            var approval = requires == "approval";
            var id = IdFor("job:" + key + "/" + jobName, salt);
            ids[jobName] = id;
            var jobStatus = status switch
            {
                "running" => offset == 0 ? "success" : "running",
                "on_hold" => approval ? "on_hold" : "blocked",
                "failed" => jobName == "test" ? "failed" : "success",
                _ => "success",
            };
            var started = created.AddSeconds(5 + offset * 60);
            var finished = jobStatus is "success" or "failed";
            s.AddJob(new JobRecord
            {
                Id = id, WorkflowId = wf.Id, Name = jobName, ProjectSlug = p.ProjectSlug,
                Type = approval ? "approval" : "build",
                JobNumber = approval ? null : s.TakeJobNumber(p.ProjectSlug),
                ApprovalRequestId = approval ? id : null,
                ApprovedBy = approval && jobStatus == "success" ? actor.Id : null,
                Status = jobStatus,
                StartedAt = jobStatus is "blocked" or "on_hold" ? null : started,
                StoppedAt = finished ? started.AddSeconds(40 + p.Number % 17) : null,
                Dependencies = requires is not null && !approval && ids.TryGetValue(requires, out var dep) ? new() { dep } : new(),
            });
            offset++;
        }
    }
}
