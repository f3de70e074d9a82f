# The reverse proxy in front of the api replicas (deploy/Belajar.Proxy). Build from the repository root:
# docker build -f deploy/docker/proxy.Dockerfile .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish deploy/Belajar.Proxy/Belajar.Proxy.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:5080
EXPOSE 5080
USER $APP_UID
ENTRYPOINT ["dotnet", "Belajar.Proxy.dll"]
