# config/routes.rb
Rails.application.routes.draw do
  get '/endpoint', to: 'endpoint#show'
end

# app/controllers/endpoint_controller.rb
class EndpointController < ActionController::API
  # Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
  before_action { response.date = Time.now }

  def show
    # Interim 103 with preload hints; Puma sends them only when started with early hints on
    # (`rails server --early-hints`, or early_hints in config/puma.rb). No 1xx for HTTP/1.0
    # clients: Puma 5 keeps the request line's version in HTTP_VERSION.
    if request.get_header('HTTP_VERSION') == 'HTTP/1.1'
      request.send_early_hints('Link' => '</style.css>; rel=preload; as=style')
    end
    render json: { message: 'OK' }, status: 200
  end
end
