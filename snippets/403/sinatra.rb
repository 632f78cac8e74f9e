require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 403
    json message: 'Forbidden'
end
