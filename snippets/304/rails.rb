# config/routes.rb
Rails.application.routes.draw do
  get '/endpoint', to: 'endpoint#show'
end

# app/controllers/endpoint_controller.rb
class EndpointController < ActionController::API
  # Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
  before_action { response.date = Time.now }

  def show
    # stale? sets the ETag (weak: W/"..." from 'v1') and answers 304 Not Modified, with no body,
    # when If-None-Match lists that tag or is *.
    if stale?(etag: 'v1')
      render json: { message: 'OK' }
    end
  end
end
