require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 415
    json message: 'Unsupported Media Type'
end
