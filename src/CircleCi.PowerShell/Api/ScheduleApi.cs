using System;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private ScheduleApi? _schedules;
        public ScheduleApi Schedules => _schedules ??= new ScheduleApi(this);
    }

    /// <summary>The Schedule operations of openapi-v2.json (scheduled pipelines).</summary>
    public sealed class ScheduleApi
    {
        internal static readonly ApiRoute ListSchedulesForProject = ApiRoute.Get("listSchedulesForProject", "/project/{project-slug}/schedule");
        internal static readonly ApiRoute CreateSchedule = ApiRoute.Post("createSchedule", "/project/{project-slug}/schedule");
        internal static readonly ApiRoute DeleteScheduleById = ApiRoute.Delete("deleteScheduleById", "/schedule/{schedule-id}");
        internal static readonly ApiRoute UpdateSchedule = ApiRoute.Patch("updateSchedule", "/schedule/{schedule-id}");
        internal static readonly ApiRoute GetScheduleById = ApiRoute.Get("getScheduleById", "/schedule/{schedule-id}");

        private readonly CircleApi _api;

        internal ScheduleApi(CircleApi api) => _api = api;

        public Task<PagedResponse<Schedule>> ListSchedulesForProjectAsync(string projectSlug, string? pageToken = null) =>
            _api.CallAsync(ListSchedulesForProject.Path(projectSlug).Query("page-token", pageToken), ScheduleJson.Default.PagedResponseSchedule);

        public Task<Schedule> CreateScheduleAsync(string projectSlug, CreateScheduleRequest body) =>
            _api.CallAsync(CreateSchedule.Path(projectSlug), body, ScheduleRequestJson.Default.CreateScheduleRequest, ScheduleJson.Default.Schedule);

        public Task<MessageResponse> DeleteScheduleByIdAsync(Guid scheduleId) =>
            _api.CallAsync(DeleteScheduleById.Path(scheduleId), CommonJson.Default.MessageResponse);

        public Task<Schedule> UpdateScheduleAsync(Guid scheduleId, UpdateScheduleRequest body) =>
            _api.CallAsync(UpdateSchedule.Path(scheduleId), body, ScheduleRequestJson.Default.UpdateScheduleRequest, ScheduleJson.Default.Schedule);

        public Task<Schedule> GetScheduleByIdAsync(Guid scheduleId) =>
            _api.CallAsync(GetScheduleById.Path(scheduleId), ScheduleJson.Default.Schedule);
    }
}
