# The Directory emulator (stands in for Google) as a container. Build from the repository root:
# docker build -f deploy/docker/emulator.Dockerfile .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish directory/Belajar.Directory.Emulator/Belajar.Directory.Emulator.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# the service-account key it creates goes to /keys, a volume the silos mount read-only
RUN mkdir /keys && chown $APP_UID /keys
ENV Emulator__Host=0.0.0.0 \
    Emulator__Port=5090 \
    Emulator__ServiceAccountKeyPath=/keys/service-account.json
EXPOSE 5090
USER $APP_UID
ENTRYPOINT ["dotnet", "Belajar.Directory.Emulator.dll"]
