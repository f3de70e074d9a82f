using Google.Apis.Services;
using Google.Apis.Util;

namespace Belajar.Directory;

/// <summary>The Reports API's <c>activities</c> resource: list.</summary>
public sealed class ActivitiesResource(IClientService service)
{
    /// <summary>
    /// <c>GET admin/reports/v1/activity/users/{userKey}/applications/{applicationName}</c>: one page, newest first;
    /// <paramref name="userKey"/> is <c>all</c>, a primary email or a profile (user) id.
    /// </summary>
    public ListRequest List(string userKey, string applicationName) => new(service, userKey, applicationName);

    /// <summary>Lists one page of activities.</summary>
    public sealed class ListRequest : DirectoryPageRequest<ActivitiesPage>
    {
        internal ListRequest(IClientService service, string userKey, string applicationName) : base(service)
        {
            UserKey = userKey;
            ApplicationName = applicationName;
            InitParameters();
        }

        /// <summary><c>all</c>, a primary email or a profile id.</summary>
        [RequestParameter("userKey", RequestParameterType.Path)]
        public string UserKey { get; }

        /// <summary>The application, e.g. <c>login</c>.</summary>
        [RequestParameter("applicationName", RequestParameterType.Path)]
        public string ApplicationName { get; }

        /// <summary>The earliest activity time (RFC 3339), inclusive.</summary>
        [RequestParameter("startTime", RequestParameterType.Query)]
        public string? StartTime { get; set; }

        /// <summary>The latest activity time (RFC 3339), inclusive; now by default.</summary>
        [RequestParameter("endTime", RequestParameterType.Query)]
        public string? EndTime { get; set; }

        /// <summary>Only events of this name, e.g. <c>login_success</c>.</summary>
        [RequestParameter("eventName", RequestParameterType.Query)]
        public string? EventName { get; set; }

        /// <inheritdoc />
        public override string RestPath => "admin/reports/v1/activity/users/{userKey}/applications/{applicationName}";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddPath("userKey");
            AddPath("applicationName");
            AddQuery("startTime");
            AddQuery("endTime");
            AddQuery("eventName");
        }
    }
}
