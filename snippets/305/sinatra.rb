require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 305
    json message: 'Use Proxy'
end
