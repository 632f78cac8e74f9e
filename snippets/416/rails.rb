# config/routes.rb
Rails.application.routes.draw do
  get '/endpoint', to: 'endpoint#show'
end

# app/controllers/endpoint_controller.rb
class EndpointController < ActionController::API
  # Puma sends no Date header; RFC 9110 6.6.1 requires one on every 2xx, 3xx and 4xx response
  before_action { response.date = Time.now }

  def show
    payload = { message: 'OK' }.to_json
    # Rack parses the Range header: nil when there is none or it cannot read it (ignored),
    # [] when no range is satisfiable (it starts past the end of the representation).
    ranges = Rack::Utils.get_byte_ranges(request.headers['Range'], payload.bytesize)
    if ranges&.empty?
      response.headers['Content-Range'] = "bytes */#{payload.bytesize}"
      render json: { message: 'Range Not Satisfiable' }, status: 416
    elsif ranges&.length == 1
      range = ranges.first
      response.headers['Content-Range'] = "bytes #{range.begin}-#{range.end}/#{payload.bytesize}"
      send_data payload.byteslice(range), type: :json, disposition: :inline, status: 206
    else
      render json: payload # the whole representation, 200
    end
  end
end
