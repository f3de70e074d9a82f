using Google.Apis.Services;
using Google.Apis.Util;

namespace Belajar.Directory;

/// <summary>The <c>roleAssignments</c> resource: insert, list.</summary>
public sealed class RoleAssignmentsResource(IClientService service)
{
    /// <summary><c>POST admin/directory/v1/customer/{customer}/roleassignments</c>.</summary>
    public InsertRequest Insert(RoleAssignment body, string customer) => new(service, body, customer);

    /// <summary><c>GET admin/directory/v1/customer/{customer}/roleassignments</c>.</summary>
    public ListRequest List(string customer) => new(service, customer);

    /// <summary>Gives a role to a user.</summary>
    public sealed class InsertRequest : DirectoryRequest<RoleAssignment>
    {
        private readonly RoleAssignment _body;

        internal InsertRequest(IClientService service, RoleAssignment body, string customer) : base(service)
        {
            _body = body;
            Customer = customer;
            InitParameters();
        }

        /// <summary><c>my_customer</c> or the customer id.</summary>
        [RequestParameter("customer", RequestParameterType.Path)]
        public string Customer { get; }

        /// <inheritdoc />
        public override string MethodName => "insert";

        /// <inheritdoc />
        public override string HttpMethod => "POST";

        /// <inheritdoc />
        public override string RestPath => "admin/directory/v1/customer/{customer}/roleassignments";

        /// <inheritdoc />
        protected override object GetBody() => _body;

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddPath("customer");
        }
    }

    /// <summary>Lists role assignments, optionally of one role or one user.</summary>
    public sealed class ListRequest : DirectoryPageRequest<RoleAssignmentsPage>
    {
        internal ListRequest(IClientService service, string customer) : base(service)
        {
            Customer = customer;
            InitParameters();
        }

        /// <summary><c>my_customer</c> or the customer id.</summary>
        [RequestParameter("customer", RequestParameterType.Path)]
        public string Customer { get; }

        /// <summary>Only assignments of this role.</summary>
        [RequestParameter("roleId", RequestParameterType.Query)]
        public string? RoleId { get; set; }

        /// <summary>Only assignments of this user (primary email or id).</summary>
        [RequestParameter("userKey", RequestParameterType.Query)]
        public string? UserKey { get; set; }

        /// <inheritdoc />
        public override string RestPath => "admin/directory/v1/customer/{customer}/roleassignments";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddPath("customer");
            AddQuery("roleId");
            AddQuery("userKey");
        }
    }
}
