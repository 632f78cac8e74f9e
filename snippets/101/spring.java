@GetMapping("/endpoint")
public void endpoint(HttpServletRequest request, HttpServletResponse servletResponse) throws Exception {
    Map<String, String> response = new HashMap<>();
    response.put("message", "Switching Protocols");
    String text = new ObjectMapper().writeValueAsString(response);
    Endpoint endpoint = new Endpoint() {
        @Override
        public void onOpen(Session session, EndpointConfig config) {
            session.getAsyncRemote().sendText(text);
        }
    };
    ServerEndpointConfig config = ServerEndpointConfig.Builder.create(Endpoint.class, "/endpoint")
            .configurator(new ServerEndpointConfig.Configurator() {
                @Override
                public <T> T getEndpointInstance(Class<T> endpointClass) {
                    return endpointClass.cast(endpoint);
                }
            })
            .build();
    // Tomcat's WebSocket container checks the handshake, computes Sec-WebSocket-Accept from
    // Sec-WebSocket-Key, sends 101 Switching Protocols and hands the connection to the endpoint
    ServerContainer container = (ServerContainer) request.getServletContext()
            .getAttribute(ServerContainer.class.getName());
    container.upgradeHttpToWebSocket(request, servletResponse, config, Map.of());
}
