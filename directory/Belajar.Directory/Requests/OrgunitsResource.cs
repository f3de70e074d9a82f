using Google.Apis.Services;
using Google.Apis.Util;

namespace Belajar.Directory;

/// <summary>The <c>orgunits</c> resource: get, insert, list.</summary>
public sealed class OrgunitsResource(IClientService service)
{
    /// <summary><c>GET admin/directory/v1/customer/{customerId}/orgunits/{+orgUnitPath}</c>; the path without its leading slash, or <c>id:...</c>.</summary>
    public GetRequest Get(string customerId, string orgUnitPath) => new(service, customerId, orgUnitPath.TrimStart('/'));

    /// <summary><c>POST admin/directory/v1/customer/{customerId}/orgunits</c> with <c>name</c> and <c>parentOrgUnitPath</c>.</summary>
    public InsertRequest Insert(OrgUnit body, string customerId) => new(service, body, customerId);

    /// <summary><c>GET admin/directory/v1/customer/{customerId}/orgunits</c>.</summary>
    public ListRequest List(string customerId) => new(service, customerId);

    /// <summary>Reads an org unit.</summary>
    public sealed class GetRequest : DirectoryRequest<OrgUnit>
    {
        internal GetRequest(IClientService service, string customerId, string orgUnitPath) : base(service)
        {
            CustomerId = customerId;
            OrgUnitPath = orgUnitPath;
            InitParameters();
        }

        /// <summary><c>my_customer</c> or the customer id.</summary>
        [RequestParameter("customerId", RequestParameterType.Path)]
        public string CustomerId { get; }

        /// <summary>The full path without its leading slash, or <c>id:...</c>.</summary>
        [RequestParameter("orgUnitPath", RequestParameterType.Path)]
        public string OrgUnitPath { get; }

        /// <inheritdoc />
        public override string MethodName => "get";

        /// <inheritdoc />
        public override string HttpMethod => "GET";

        /// <inheritdoc />
        public override string RestPath => "admin/directory/v1/customer/{customerId}/orgunits/{+orgUnitPath}";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddPath("customerId");
            AddPath("orgUnitPath");
        }
    }

    /// <summary>Creates an org unit.</summary>
    public sealed class InsertRequest : DirectoryRequest<OrgUnit>
    {
        private readonly OrgUnit _body;

        internal InsertRequest(IClientService service, OrgUnit body, string customerId) : base(service)
        {
            _body = body;
            CustomerId = customerId;
            InitParameters();
        }

        /// <summary><c>my_customer</c> or the customer id.</summary>
        [RequestParameter("customerId", RequestParameterType.Path)]
        public string CustomerId { get; }

        /// <inheritdoc />
        public override string MethodName => "insert";

        /// <inheritdoc />
        public override string HttpMethod => "POST";

        /// <inheritdoc />
        public override string RestPath => "admin/directory/v1/customer/{customerId}/orgunits";

        /// <inheritdoc />
        protected override object GetBody() => _body;

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddPath("customerId");
        }
    }

    /// <summary>Lists org units under a path.</summary>
    public sealed class ListRequest : DirectoryRequest<OrgUnitsPage>
    {
        internal ListRequest(IClientService service, string customerId) : base(service)
        {
            CustomerId = customerId;
            InitParameters();
        }

        /// <summary><c>my_customer</c> or the customer id.</summary>
        [RequestParameter("customerId", RequestParameterType.Path)]
        public string CustomerId { get; }

        /// <summary>Where to start (default <c>/</c>).</summary>
        [RequestParameter("orgUnitPath", RequestParameterType.Query)]
        public string? OrgUnitPath { get; set; }

        /// <summary><c>all</c> (default: every descendant) or <c>children</c> (one level).</summary>
        [RequestParameter("type", RequestParameterType.Query)]
        public string? Type { get; set; }

        /// <inheritdoc />
        public override string MethodName => "list";

        /// <inheritdoc />
        public override string HttpMethod => "GET";

        /// <inheritdoc />
        public override string RestPath => "admin/directory/v1/customer/{customerId}/orgunits";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddPath("customerId");
            AddQuery("orgUnitPath");
            AddQuery("type");
        }
    }
}
