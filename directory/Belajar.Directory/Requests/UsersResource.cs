using Google.Apis.Services;
using Google.Apis.Util;

namespace Belajar.Directory;

/// <summary>The <c>users</c> resource: insert, get, patch, update, delete, list.</summary>
public sealed class UsersResource(IClientService service)
{
    /// <summary><c>POST admin/directory/v1/users</c>.</summary>
    public InsertRequest Insert(User body) => new(service, body);

    /// <summary><c>GET admin/directory/v1/users/{userKey}</c>; the key is the primary email or the id.</summary>
    public GetRequest Get(string userKey) => new(service, userKey);

    /// <summary><c>PATCH admin/directory/v1/users/{userKey}</c>: only the set properties change.</summary>
    public PatchRequest Patch(User body, string userKey) => new(service, body, userKey, "PATCH");

    /// <summary><c>PUT admin/directory/v1/users/{userKey}</c>.</summary>
    public PatchRequest Update(User body, string userKey) => new(service, body, userKey, "PUT");

    /// <summary><c>DELETE admin/directory/v1/users/{userKey}</c>: Google answers 204 with no body.</summary>
    public DeleteRequest Delete(string userKey) => new(service, userKey);

    /// <summary><c>GET admin/directory/v1/users</c>: one page; set <c>Customer</c> or <c>Domain</c>.</summary>
    public ListRequest List() => new(service);

    /// <summary>Creates a user.</summary>
    public sealed class InsertRequest : DirectoryRequest<User>
    {
        private readonly User _body;

        internal InsertRequest(IClientService service, User body) : base(service)
        {
            _body = body;
            InitParameters();
        }

        /// <inheritdoc />
        public override string MethodName => "insert";

        /// <inheritdoc />
        public override string HttpMethod => "POST";

        /// <inheritdoc />
        public override string RestPath => "admin/directory/v1/users";

        /// <inheritdoc />
        public override string BatchPartUri() =>
            Service.BaseUri + RestPath + (Fields is null ? "" : "?fields=" + Uri.EscapeDataString(Fields));

        /// <inheritdoc />
        protected override object GetBody() => _body;
    }

    /// <summary>Reads a user.</summary>
    public sealed class GetRequest : DirectoryRequest<User>
    {
        internal GetRequest(IClientService service, string userKey) : base(service)
        {
            UserKey = userKey;
            InitParameters();
        }

        /// <summary>The primary email or the id.</summary>
        [RequestParameter("userKey", RequestParameterType.Path)]
        public string UserKey { get; }

        /// <inheritdoc />
        public override string MethodName => "get";

        /// <inheritdoc />
        public override string HttpMethod => "GET";

        /// <inheritdoc />
        public override string RestPath => "admin/directory/v1/users/{userKey}";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddPath("userKey");
        }
    }

    /// <summary>Changes a user (PATCH or PUT).</summary>
    public sealed class PatchRequest : DirectoryRequest<User>
    {
        private readonly User _body;
        private readonly string _method;

        internal PatchRequest(IClientService service, User body, string userKey, string method) : base(service)
        {
            _body = body;
            _method = method;
            UserKey = userKey;
            InitParameters();
        }

        /// <summary>The primary email or the id.</summary>
        [RequestParameter("userKey", RequestParameterType.Path)]
        public string UserKey { get; }

        /// <inheritdoc />
        public override string MethodName => _method == "PUT" ? "update" : "patch";

        /// <inheritdoc />
        public override string HttpMethod => _method;

        /// <inheritdoc />
        public override string RestPath => "admin/directory/v1/users/{userKey}";

        /// <inheritdoc />
        protected override object GetBody() => _body;

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddPath("userKey");
        }
    }

    /// <summary>Deletes a user (the empty answer reads as an empty string).</summary>
    public sealed class DeleteRequest : DirectoryRequest<string>
    {
        internal DeleteRequest(IClientService service, string userKey) : base(service)
        {
            UserKey = userKey;
            InitParameters();
        }

        /// <summary>The primary email or the id.</summary>
        [RequestParameter("userKey", RequestParameterType.Path)]
        public string UserKey { get; }

        /// <inheritdoc />
        public override string MethodName => "delete";

        /// <inheritdoc />
        public override string HttpMethod => "DELETE";

        /// <inheritdoc />
        public override string RestPath => "admin/directory/v1/users/{userKey}";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddPath("userKey");
        }
    }

    /// <summary>Lists one page of users.</summary>
    public sealed class ListRequest : DirectoryPageRequest<UsersPage>
    {
        internal ListRequest(IClientService service) : base(service) => InitParameters();

        /// <summary><c>my_customer</c> or the customer id (or set <see cref="Domain"/>).</summary>
        [RequestParameter("customer", RequestParameterType.Query)]
        public string? Customer { get; set; }

        /// <summary>The domain to list (instead of <see cref="Customer"/>).</summary>
        [RequestParameter("domain", RequestParameterType.Query)]
        public string? Domain { get; set; }

        /// <summary>Search clauses, e.g. <c>orgUnitPath='/sekolah/20100001' isSuspended=false</c>.</summary>
        [RequestParameter("query", RequestParameterType.Query)]
        public string? Query { get; set; }

        /// <inheritdoc />
        public override string RestPath => "admin/directory/v1/users";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddQuery("customer");
            AddQuery("domain");
            AddQuery("query");
        }
    }
}
