using Google.Apis.Services;
using Google.Apis.Util;

namespace Belajar.Directory;

/// <summary>The <c>roles</c> resource: list.</summary>
public sealed class RolesResource(IClientService service)
{
    /// <summary><c>GET admin/directory/v1/customer/{customer}/roles</c>.</summary>
    public ListRequest List(string customer) => new(service, customer);

    /// <summary>Lists the roles of the account.</summary>
    public sealed class ListRequest : DirectoryPageRequest<RolesPage>
    {
        internal ListRequest(IClientService service, string customer) : base(service)
        {
            Customer = customer;
            InitParameters();
        }

        /// <summary><c>my_customer</c> or the customer id.</summary>
        [RequestParameter("customer", RequestParameterType.Path)]
        public string Customer { get; }

        /// <inheritdoc />
        public override string RestPath => "admin/directory/v1/customer/{customer}/roles";

        /// <inheritdoc />
        protected override void InitParameters()
        {
            base.InitParameters();
            AddPath("customer");
        }
    }
}
